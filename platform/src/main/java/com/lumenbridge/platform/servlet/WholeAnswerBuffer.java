package com.lumenbridge.platform.servlet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds up to {@value #BYTES} bytes of every answer before any of it is sent. An answer that fits
 * goes out whole, with a {@code Content-Length} (Tomcat sets one when the body is complete before
 * the first flush), instead of in chunks as soon as Tomcat's default 8 KiB buffer fills. A search
 * page (about 14 KB of JSON at 20 hits) went in chunks; the gateway had to stream it on, a read and
 * a write per chunk, where an answer of a declared length up to the same 64 KiB it takes and writes once
 * ({@code ApiFastPath}). Longer answers are sent as before, once the buffer is full.
 */
public final class WholeAnswerBuffer extends OncePerRequestFilter {

    /** The same bound as the gateway's for answers it passes on whole. */
    public static final int BYTES = 64 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!response.isCommitted() && response.getBufferSize() < BYTES) {
            response.setBufferSize(BYTES);
        }
        chain.doFilter(request, response);
    }
}
