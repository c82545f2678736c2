package org.avengine.ui;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.avengine.transcode.JobStateChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The live job list: each open list holds a server-sent event stream and gets its table body again
 * whenever it changed. A job state change (a {@link JobStateChanged} event) is looked at at once;
 * progress, speed and ETA, which workers on any node write to the database, at every refresh
 * interval while the list shows a job that is not finished.
 */
@Component
class JobFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobFeed.class);

    private final JobRows rows;
    private final ITemplateEngine templates;
    private final UiProperties properties;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final AtomicBoolean changed = new AtomicBoolean();
    private ScheduledExecutorService scheduler;

    JobFeed(JobRows rows, ITemplateEngine templates, UiProperties properties) {
        this.rows = rows;
        this.templates = templates;
        this.properties = properties;
    }

    SseEmitter subscribe(Viewer viewer, JobsQuery query) {
        SseEmitter emitter = new SseEmitter(0L);
        Subscriber subscriber = new Subscriber(viewer, query, emitter);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        subscribers.add(subscriber);
        return emitter;
    }

    @EventListener
    void on(JobStateChanged event) {
        changed.set(true);
    }

    private void refresh() {
        boolean anyChange = changed.getAndSet(false);
        for (Subscriber s : subscribers) {
            if (anyChange || s.live) {
                send(s);
            }
        }
    }

    private void send(Subscriber s) {
        List<JobRow> found = rows.find(s.viewer, s.query);
        s.live = found.stream().anyMatch(JobRow::running);
        Context context = new Context(Locale.ROOT);
        context.setVariable("rows", found);
        String html = templates.process("ui/jobs", Set.of("rows"), context).replace('\n', ' ');
        if (html.equals(s.last)) {
            return;
        }
        try {
            s.emitter.send(SseEmitter.event().name("rows").data(html));
            s.last = html;
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(s);
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "avengine-ui-feed");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.refreshInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                refresh();
            } catch (RuntimeException e) {
                log.warn("The live job list could not be refreshed; it tries again in {} ms", every, e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        subscribers.forEach(s -> s.emitter.complete());
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    /** One open list: who looks, with which filters, and what it was last sent. */
    private static final class Subscriber {
        final Viewer viewer;
        final JobsQuery query;
        final SseEmitter emitter;
        volatile boolean live = true;
        volatile String last;

        Subscriber(Viewer viewer, JobsQuery query, SseEmitter emitter) {
            this.viewer = viewer;
            this.query = query;
            this.emitter = emitter;
        }
    }
}
