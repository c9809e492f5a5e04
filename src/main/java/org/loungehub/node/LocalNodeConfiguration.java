package org.loungehub.node;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The managed node exists only when no external cluster is configured (hub.elasticsearch.url empty). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${hub.elasticsearch.url:}'.isBlank()")
class LocalNodeConfiguration {

    @Bean
    LocalNode localNode(LocalNodeProperties properties, @Value("${hub.elasticsearch.version}") String version) {
        return new LocalNode(properties, version);
    }

    @Bean
    HealthIndicator localNodeHealthIndicator(LocalNode node) {
        return () -> (node.state() == NodeState.RUNNING ? Health.up() : Health.down()).withDetails(node.details()).build();
    }
}
