package org.loungehub.intake;

import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.loungehub.intake.mapping.PartnerConfig;
import org.loungehub.intake.mapping.PartnerRegistry;
import org.loungehub.intake.mapping.PartnerSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Turns the pull sources of the partner configurations into routes, from the templates in routes/pull.yaml. */
@Component
class PullSources implements CamelContextConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PullSources.class);

    private final PartnerRegistry partners;

    PullSources(PartnerRegistry partners) {
        this.partners = partners;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        for (PartnerConfig partner : partners.all()) {
            List<PartnerSource> sources = partner.sources();
            for (int i = 0; i < sources.size(); i++) {
                PartnerSource source = sources.get(i);
                String routeId = "pull-" + partner.id() + "-" + (i + 1);
                if (source instanceof PartnerSource.Folder folder) {
                    TemplatedRouteBuilder.builder(camelContext, "partner-folder-source")
                            .routeId(routeId)
                            .parameter("partnerId", partner.id())
                            .parameter("path", folder.path())
                            .parameter("pattern", folder.pattern() == null ? "*" : folder.pattern())
                            .parameter("delay", String.valueOf(folder.delay().toMillis()))
                            .parameter("format", folder.format() == null ? "" : folder.format().id())
                            .add();
                    log.info("Pulling {} for partner {} from folder {} every {}", folder.pattern(), partner.id(), folder.path(), folder.delay());
                } else {
                    // SFTP and HTTP sources are parsed and validated, but this version pulls only from folders.
                    log.error("Partner {}: source {} is not pulled: this version of the hub pulls from folders only "
                            + "(mount the SFTP share, or have the partner push)", partner.id(), source);
                }
            }
        }
    }
}
