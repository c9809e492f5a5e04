package org.loungehub.intake;

import java.nio.file.Path;
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

/**
 * Turns the pull sources of the partner configurations into routes (pull-&lt;partnerId&gt;-&lt;n&gt;), from the templates in
 * routes/pull.yaml: one per source type.
 */
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
                    addFolder(camelContext, routeId, partner.id(), folder);
                } else if (source instanceof PartnerSource.Sftp sftp) {
                    addSftp(camelContext, routeId, partner.id(), sftp);
                } else if (source instanceof PartnerSource.Http http) {
                    addHttp(camelContext, routeId, partner.id(), http);
                }
            }
        }
    }

    private static void addFolder(CamelContext camelContext, String routeId, String partnerId, PartnerSource.Folder folder) {
        TemplatedRouteBuilder.builder(camelContext, "partner-folder-source")
                .routeId(routeId)
                .parameter("partnerId", partnerId)
                .parameter("path", folder.path())
                .parameter("pattern", folder.pattern())
                .parameter("delay", millis(folder))
                .parameter("format", format(folder))
                .add();
        log.info("Pulling {} for partner {} from folder {} every {}", folder.pattern(), partnerId, folder.path(), folder.delay());
    }

    private static void addSftp(CamelContext camelContext, String routeId, String partnerId, PartnerSource.Sftp sftp) {
        TemplatedRouteBuilder builder = TemplatedRouteBuilder.builder(camelContext, "partner-sftp-source")
                .routeId(routeId)
                .parameter("partnerId", partnerId)
                .parameter("host", sftp.host())
                .parameter("port", String.valueOf(sftp.port()))
                .parameter("username", sftp.username())
                .parameter("path", sftp.path())
                .parameter("pattern", sftp.pattern())
                .parameter("delay", millis(sftp))
                .parameter("format", format(sftp))
                .parameter("knownHostsFile", knownHostsFile(sftp))
                .parameter("strictHostKeyChecking", sftp.strictHostKeyChecking() ? "yes" : "no");
        optional(builder, "password", sftp.password());
        optional(builder, "privateKeyFile", sftp.privateKeyFile());
        builder.add();
        log.info("Pulling {} for partner {} from {} every {}", sftp.pattern(), partnerId, sftp, sftp.delay());
        if (!sftp.strictHostKeyChecking()) {
            log.warn("Partner {}: the host key of {} is not checked (strictHostKeyChecking: false)", partnerId, sftp.host());
        }
    }

    private static void addHttp(CamelContext camelContext, String routeId, String partnerId, PartnerSource.Http http) {
        TemplatedRouteBuilder.builder(camelContext, "partner-http-source")
                .routeId(routeId)
                .parameter("source", routeId)
                .parameter("partnerId", partnerId)
                .parameter("url", http.url().toString())
                .parameter("address", HttpPull.address(http.url()))
                .parameter("delay", millis(http))
                .parameter("format", format(http))
                .add();
        log.info("Pulling {} for partner {} every {}", HttpPull.address(http.url()), partnerId, http.delay());
    }

    /** The source's file, else the hub user's ~/.ssh/known_hosts (named here, as the template always sets the option). */
    private static String knownHostsFile(PartnerSource.Sftp sftp) {
        return sftp.knownHostsFile() != null ? sftp.knownHostsFile()
                : Path.of(System.getProperty("user.home"), ".ssh", "known_hosts").toString();
    }

    private static void optional(TemplatedRouteBuilder builder, String name, String value) {
        if (value != null) {
            builder.parameter(name, value);
        }
    }

    private static String millis(PartnerSource source) {
        return String.valueOf(source.delay().toMillis());
    }

    private static String format(PartnerSource source) {
        return source.format() == null ? "" : source.format().id();
    }
}
