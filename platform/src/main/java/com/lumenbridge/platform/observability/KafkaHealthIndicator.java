package com.lumenbridge.platform.observability;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.beans.factory.DisposableBean;

/** Up when the Kafka cluster answers a describe-cluster call within two seconds. */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final AdminClient admin;

    public KafkaHealthIndicator(String bootstrapServers) {
        super("Kafka health check failed");
        this.admin = AdminClient.create(Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
            AdminClientConfig.CLIENT_ID_CONFIG, "health"));
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000));
        int nodes = cluster.nodes().get(2, TimeUnit.SECONDS).size();
        builder.up().withDetail("clusterId", cluster.clusterId().get(2, TimeUnit.SECONDS)).withDetail("nodes", nodes);
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
