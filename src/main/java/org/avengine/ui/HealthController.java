package org.avengine.ui;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.avengine.ffmpeg.Ffmpeg;
import org.avengine.ffmpeg.FfmpegInfo;
import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.avengine.storage.StorageProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.SessionAttribute;

/** The health panel (administrator only): FFmpeg's version and encoders, the database, the object store. */
@Controller
class HealthController {

    private final Ffmpeg ffmpeg;
    private final DataSource dataSource;
    private final ObjectStore store;
    private final Settings settings;

    HealthController(Ffmpeg ffmpeg, DataSource dataSource, ObjectStore store, Settings settings) {
        this.ffmpeg = ffmpeg;
        this.dataSource = dataSource;
        this.store = store;
        this.settings = settings;
    }

    /** The settings the panel reports on. */
    @org.springframework.stereotype.Component
    record Settings(StorageProperties storage, UiProperties ui) {
    }

    /** One checked part: whether it is up, and what was found. */
    record Check(boolean up, Map<String, String> details) {
    }

    @GetMapping("/ui/health")
    String health(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, Model model) {
        AdminOnlyException.check(viewer);
        FfmpegInfo info = null;
        String ffmpegProblem = null;
        try {
            info = ffmpeg.info();
        } catch (RuntimeException e) {
            ffmpegProblem = e.getMessage();
        }
        model.addAttribute("ffmpeg", info);
        model.addAttribute("ffmpegProblem", ffmpegProblem);
        model.addAttribute("database", database());
        model.addAttribute("store", store());
        return "ui/health";
    }

    private Check database() {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return new Check(connection.isValid(2), Map.of("product", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(),
                    "url", meta.getURL()));
        } catch (SQLException e) {
            return new Check(false, Map.of("error", String.valueOf(e.getMessage())));
        }
    }

    private Check store() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("type", settings.storage().type().name());
        try {
            store.list(new ObjectRef(settings.ui().uploadBucket(), "uploads/")).stream().limit(1).count();
            return new Check(true, details);
        } catch (RuntimeException e) {
            details.put("error", String.valueOf(e.getMessage()));
            return new Check(false, details);
        }
    }
}
