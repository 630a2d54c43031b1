package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortsTest {

    @Test
    void aPortSomeoneListensOnIsBusyAndNamesItsHolder() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux /proc to name the holder");
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = listener.getLocalPort();

            List<Ports.Busy> busy = Ports.busy(List.of(new Ports.Claim(port, "catalog-service")), PortHolders.system());

            assertThat(busy).hasSize(1);
            assertThat(busy.get(0).claim()).isEqualTo(new Ports.Claim(port, "catalog-service"));
            assertThat(busy.get(0).holder()).map(PortHolders.Holder::pid).contains(ProcessHandle.current().pid());
            assertThat(busy.get(0).holder().orElseThrow().describe()).startsWith("pid " + ProcessHandle.current().pid() + " (");
        }
    }

    @Test
    void aListenerOnLoopbackOnlyStillMakesThePortBusy() throws IOException {
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

            assertThat(Ports.isFree(listener.getLocalPort())).isFalse();
        }
    }

    @Test
    void aPortNobodyListensOnIsFree() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }

        assertThat(Ports.isFree(port)).isTrue();
        assertThat(Ports.busy(List.of(new Ports.Claim(port, "gateway")), PortHolders.system())).isEmpty();
    }

    @Test
    void readsListeningSocketsOfAPortFromProcNetTcp() {
        String table = """
              sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
               0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4711 1 0000000000000000 100 0 0 10 0
               1: 0100007F:1F90 0100007F:D2F0 01 00000000:00000000 00:00000000 00000000     0        0 4712 1 0000000000000000 20 4 30 10 -1
               2: 00000000:6989 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4713 1 0000000000000000 100 0 0 10 0
            """;
        String table6 = """
              sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
               0: 00000000000000000000000000000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4714 1 0000000000000000 100 0 0 10 0
            """;

        assertThat(PortHolders.listeningInodes(table, 8080)).containsExactly("4711");
        assertThat(PortHolders.listeningInodes(table, 27017)).containsExactly("4713");
        assertThat(PortHolders.listeningInodes(table, 9092)).isEmpty();
        assertThat(PortHolders.listeningInodes(table6, 8080)).containsExactly("4714");
    }

    @Test
    void saysNothingAboutTheHolderWhereProcCannotTell(@TempDir Path emptyProc) {
        PortHolders holders = new PortHolders(emptyProc, pid -> Optional.empty());

        assertThat(holders.holderOf(8080)).isEmpty();
    }
}
