package com.lumenbridge.crm.imports.persistence;

import com.lumenbridge.crm.imports.application.ImportFiles;
import com.mongodb.MongoGridFSException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bson.BsonString;

/**
 * {@link ImportFiles} in the GridFS bucket {@code import_files}, keyed by job id: the CRM's own
 * database is the one store every instance shares (an import is at most 64 MB, in 255 kB chunks).
 */
public class GridFsImportFiles implements ImportFiles {

    private final GridFSBucket bucket;

    public GridFsImportFiles(MongoDatabase database) {
        this.bucket = GridFSBuckets.create(database, "import_files");
    }

    @Override
    public void store(String jobId, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            bucket.uploadFromStream(new BsonString(jobId), jobId + ".csv", in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the import file", e);
        }
    }

    @Override
    public Optional<Path> fetch(String jobId) {
        if (bucket.find(Filters.eq("_id", jobId)).first() == null) {
            return Optional.empty();
        }
        Path copy = temporaryFile();
        try (OutputStream out = Files.newOutputStream(copy)) {
            bucket.downloadToStream(new BsonString(jobId), out);
        } catch (IOException e) {
            deleteQuietly(copy);
            throw new UncheckedIOException("Could not fetch the import file", e);
        } catch (RuntimeException e) {
            deleteQuietly(copy);
            throw e;
        }
        return Optional.of(copy);
    }

    @Override
    public void delete(String jobId) {
        try {
            bucket.delete(new BsonString(jobId));
        } catch (MongoGridFSException e) {
            // not stored: nothing to forget
        }
    }

    private static Path temporaryFile() {
        try {
            return Files.createTempFile("crm-import-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file for the import", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file the OS cleans up
        }
    }
}
