package org.avengine.ui;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * The dashboard's settings ({@code avengine.ui.*}); defaults in {@code application.yml}.
 *
 * @param uploadDir where uploads in progress are kept, one file each
 * @param uploadBucket the bucket finished uploads are stored in, as {@code s3://bucket/uploads/{id}/{name}}
 * @param maxUploadSize the largest file that may be uploaded
 * @param maxUploads uploads in progress at once; more are refused until one ends or expires
 * @param uploadExpiry an upload in progress that received nothing for this long is deleted
 * @param chunkSize the size of the pieces the browser sends an upload in
 * @param refreshInterval how often the live job list looks for changes (state changes are sent at once)
 * @param pageSize jobs and assets shown on one page
 */
@Validated
@ConfigurationProperties("avengine.ui")
record UiProperties(@NotNull Path uploadDir, @NotNull String uploadBucket, @NotNull DataSize maxUploadSize,
        int maxUploads, @NotNull Duration uploadExpiry, @NotNull DataSize chunkSize, @NotNull Duration refreshInterval,
        int pageSize) {
}
