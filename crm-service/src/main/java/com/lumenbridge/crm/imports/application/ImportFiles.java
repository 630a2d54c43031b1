package com.lumenbridge.crm.imports.application;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The uploaded files of unfinished jobs, kept where every instance can read them, so that a job
 * whose instance died can be resumed by another.
 */
public interface ImportFiles {

    void store(String jobId, Path file);

    /** A local copy of the job's file, to be deleted by the caller; empty when none is stored. */
    Optional<Path> fetch(String jobId);

    /** Forgets the job's file (it finished); nothing when none is stored. */
    void delete(String jobId);
}
