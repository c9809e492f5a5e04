package org.loungehub.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Map;
import org.loungehub.intake.mapping.PartnerConfig;
import org.loungehub.intake.mapping.PartnerRegistry;
import org.springframework.stereotype.Component;

/** Admin's partner management: a new partner from the same keys as a partner file (infra/partners/README.md). */
@Component("partnerAdmin")
public class PartnerAdmin {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final PartnerRegistry registry;

    PartnerAdmin(PartnerRegistry registry) {
        this.registry = registry;
    }

    public BatchQueries.PartnerSummary create(Map<String, Object> body) {
        if (body == null || !(body.get("id") instanceof String id) || id.isBlank()) {
            throw new IllegalArgumentException("Send the partner as JSON with at least 'id' (lower-case letters, digits, '-') "
                    + "and 'format'; the keys are those of a partner file (infra/partners/README.md)");
        }
        try {
            PartnerConfig config = registry.create(id.strip(), YAML.writeValueAsBytes(body));
            return new BatchQueries.PartnerSummary(config.id(), config.name());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The partner cannot be written as YAML: " + e.getOriginalMessage());
        }
    }
}
