package com.lumenbridge.catalog.imports.domain;

import java.util.Optional;

/** The file formats an import takes, by media type. */
public enum ImportFormat {
    CSV("text/csv"),
    NDJSON("application/x-ndjson");

    /** The CSV columns; {@code listPriceMinor} and {@code currency} make up {@code listPrice}, {@code status} is optional. */
    public static final java.util.List<String> CSV_COLUMNS = java.util.List.of("sku", "name", "description", "category",
        "segment", "watts", "lumens", "cctKelvin", "cri", "beamAngle", "base", "ipRating", "dimmable", "voltage",
        "lifetimeHours", "energyClass", "listPriceMinor", "currency", "status");

    private final String mediaType;

    ImportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ImportFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        for (ImportFormat format : values()) {
            if (format.mediaType.equals(bare)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
