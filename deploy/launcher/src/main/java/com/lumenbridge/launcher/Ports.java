package com.lumenbridge.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Optional;

/** Are the stack's ports free? A busy one is reported with whoever holds it, before anything starts. */
final class Ports {

    /** A port the stack needs, and what for. */
    record Claim(int port, String purpose) {
    }

    /** A claimed port something already listens on; {@code holder} describes it when we can tell. */
    record Busy(Claim claim, Optional<PortHolders.Holder> holder) {
    }

    private static final int CONNECT_TIMEOUT_MILLIS = 300;

    private Ports() {
    }

    static List<Busy> busy(List<Claim> claims, PortHolders holders) {
        return claims.stream().filter(claim -> !isFree(claim.port()))
            .map(claim -> new Busy(claim, holders.holderOf(claim.port()))).toList();
    }

    /**
     * Free when we can bind it on every interface (which fails if anyone listens on it, on any
     * address) and nothing answers on loopback, which catches a listener that shares its port
     * (SO_REUSEPORT) and so lets the bind pass.
     */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MILLIS);
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
