package com.lumenbridge.crm.segment.application;

import com.lumenbridge.crm.common.Page;
import com.lumenbridge.crm.common.PageRequest;
import java.util.List;
import java.util.Optional;

/** Stored segments and their size counters. */
public interface Segments {

    void insert(Segment segment);

    Optional<Segment> find(String id);

    List<Segment> forTenant(String tenantId);

    Page<Segment> list(String tenantId, PageRequest page);

    void add(String id, long delta);

    void ready(String id);

    void resize(String id, long size);

    /** Every segment of every tenant, for the periodic recount. */
    List<Segment> all();
}
