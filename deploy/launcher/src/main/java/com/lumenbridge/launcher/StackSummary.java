package com.lumenbridge.launcher;

import java.util.Optional;

/** What a user needs once the stack runs: its addresses, the operator key, and what to try next. */
final class StackSummary {

    private StackSummary() {
    }

    static void print(LocalStack stack, StackRecord record, Optional<OperatorKey> operatorKey) {
        Console console = stack.console();
        StackLayout layout = stack.layout();
        console.line();
        for (ServiceSpec service : record.services()) {
            if (service.isGateway()) {
                console.line("  %-16s %s", "Gateway", service.url());
                console.line("  %-16s %s/swagger-ui.html", "Swagger UI", service.url());
            } else {
                console.line("  %-16s %s   (direct calls need a gateway token: go through :%d)",
                    service.name(), service.url(), ServiceSpec.GATEWAY.port());
            }
        }
        Infrastructure infrastructure = record.infrastructure();
        console.line("  %-16s %s%s", "Kafka", infrastructure.kafkaBootstrapServers(),
            infrastructure.embeddedKafka() ? "" : "   (external)");
        console.line("  %-16s %s%s", "MongoDB", infrastructure.mongoUriForDisplay(),
            infrastructure.embeddedMongo() ? "" : "   (external)");
        console.line("  %-16s %s", "State and logs", layout.show(layout.home()));
        console.line();
        operatorKey.ifPresentOrElse(key -> printOperatorKey(console, layout, key),
            () -> console.line("Operator key: none is set or stored yet; the next up makes one."));
        console.line();
        console.line("Next: ./lumenbridge demo | status | logs [part] | down");
    }

    private static void printOperatorKey(Console console, StackLayout layout, OperatorKey key) {
        switch (key.origin()) {
            case CREATED -> {
                console.line("Operator key (shown this once; kept, owner-only, in %s):", layout.show(key.file()));
                console.line("    %s", key.value());
            }
            case STORED -> console.line("Operator key: in %s (owner-only; it was shown when it was made).",
                layout.show(key.file()));
            case ENVIRONMENT -> console.line("Operator key: the one in %s.", OperatorKey.VARIABLE);
        }
        String bearer = key.origin() == OperatorKey.Origin.ENVIRONMENT ? "$" + OperatorKey.VARIABLE
            : "$(cat " + layout.show(key.file()) + ")";
        console.line("  e.g. curl -H \"Authorization: Bearer %s\" %s/api/admin/tenants", bearer, ServiceSpec.GATEWAY.url());
    }
}
