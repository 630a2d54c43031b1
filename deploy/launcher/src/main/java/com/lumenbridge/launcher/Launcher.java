package com.lumenbridge.launcher;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code ./lumenbridge up | demo | status | logs [part] | down}: the one entry point to the local stack.
 * Exit codes: 0 done, 1 failed (the message says why), 2 not understood.
 */
public final class Launcher {

    private static final String USAGE = """
        Usage: ./lumenbridge <command>
          up              build what is missing, start Kafka, MongoDB and the five services, wait until ready;
                          with part of the stack running, start the parts that stopped
          demo            build a demo world (~20k SKUs, stores, stock) and walk one online-to-offline journey
          bench catalog [skus] [seconds]
                          import a generated catalog and search it through the gateway (default 50000, 20)
          bench orders [seconds]
                          place orders through the gateway at rising fixed rates; time POST to CONFIRMED
          bench gateway [seconds]
                          catalog-service's whoami directly, through nginx and through the gateway: wrk throughput
                          and p99 at a fixed rate all three sustain, side by side (default 20; needs nginx and wrk)
          bench startup   stop the stack if it runs, time up until all is ready, and each process's memory (RSS)
          status          health of every part (exit 0 only when all are up)
          logs [part]     the end of one part's log (mongo, kafka, gateway, catalog, store, order, crm), or the list
          chaos [--small] [oversell|kills|dependency|input|isolation ...]
                          fault scenarios with invariant checks (all unless named): no oversell, process kills
                          under a stream of orders, catalog-service down, bad input on every documented
                          endpoint, tenant isolation; --small at the scale CI runs
          stop <part> [--kill]
                          stop one part (SIGTERM, or SIGKILL with --kill); up starts it again
          down            stop everything this stack started; data stays
        Environment: KAFKA_BOOTSTRAP_SERVERS / MONGODB_URI use those instead of the embedded ones;
          LUMENBRIDGE_OPERATOR_KEY sets the operator key; LUMENBRIDGE_HOME moves the state directory
          (default .lumenbridge); LUMENBRIDGE_SERVICES=gateway,catalog-service starts only those services;
          LUMENBRIDGE_UP_TIMEOUT=<seconds> gives up later than 150 s.""";

    private Launcher() {
    }

    public static void main(String[] args) {
        // the launcher's own Kafka and Mongo clients would otherwise log every retry while the stack starts
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        System.exit(run(args, System.getenv(), Console.system()));
    }

    static int run(String[] args, Map<String, String> env, Console console) {
        if (args.length == 0) {
            console.problem(USAGE);
            return 2;
        }
        try {
            LocalStack stack = new LocalStack(StackLayout.resolve(env, System.getProperties()), env, console);
            return switch (args[0]) {
                case "up" -> args.length == 1 ? new UpCommand(stack).run() : usage(console);
                case "down" -> args.length == 1 ? new DownCommand(stack).run() : usage(console);
                case "status" -> args.length == 1 ? new StatusCommand(stack).run() : usage(console);
                case "demo" -> args.length == 1 ? new DemoCommand(stack).run() : usage(console);
                case "bench" -> bench(stack, args, console);
                case "stop" -> stop(stack, args, console);
                case "chaos" -> chaos(stack, args, console);
                case "logs" -> args.length <= 2 ? new LogsCommand(stack).run(args.length == 2 ? args[1] : null) : usage(console);
                case "help", "-h", "--help" -> {
                    console.line(USAGE);
                    yield 0;
                }
                default -> usage(console);
            };
        } catch (LauncherException | UncheckedIOException e) {
            console.problem(e.getMessage());
            return 1;
        }
    }

    private static int chaos(LocalStack stack, String[] args, Console console) {
        boolean small = false;
        java.util.Set<ChaosCommand.Scenario> scenarios = java.util.EnumSet.noneOf(ChaosCommand.Scenario.class);
        for (String arg : java.util.Arrays.asList(args).subList(1, args.length)) {
            ChaosCommand.Scenario scenario = ChaosCommand.Scenario.named(arg);
            if (arg.equals("--small")) {
                small = true;
            } else if (scenario != null) {
                scenarios.add(scenario);
            } else {
                return usage(console);
            }
        }
        try {
            return new ChaosCommand(stack).run(small,
                scenarios.isEmpty() ? java.util.EnumSet.allOf(ChaosCommand.Scenario.class) : scenarios);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static int stop(LocalStack stack, String[] args, Console console) {
        boolean kill = args.length == 3 && args[2].equals("--kill");
        if (args.length != 2 && !kill) {
            return usage(console);
        }
        return new StopCommand(stack).run(args[1], kill);
    }

    private static int bench(LocalStack stack, String[] args, Console console) {
        try {
            if (args.length >= 2 && args[1].equals("catalog") && args.length <= 4) {
                int skus = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
                int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
                return new CatalogBenchCommand(stack).run(skus, seconds);
            }
            if (args.length >= 2 && args[1].equals("orders") && args.length <= 3) {
                return new OrderBenchCommand(stack).run(args.length > 2 ? Integer.parseInt(args[2]) : 20);
            }
            if (args.length >= 2 && args[1].equals("gateway") && args.length <= 3) {
                int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
                return seconds > 0 ? new GatewayBenchCommand(stack).run(seconds) : usage(console);
            }
            if (args.length == 2 && args[1].equals("startup")) {
                return new StartupBenchCommand(stack).run();
            }
            return usage(console);
        } catch (NumberFormatException e) {
            return usage(console);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static int usage(Console console) {
        console.problem(USAGE);
        return 2;
    }
}
