/**
 * The dashboard at {@code /ui}: server-rendered pages (Thymeleaf, htmx) behind a sign-in with the
 * admin credential or a customer's API key. A live job list (server-sent events), job pages with
 * their timeline, settings, ffmpeg command, errors and a player for every output; new jobs from an
 * upload (resumable, in chunks), an object in the store, presets, a template or a job file; assets
 * with their transcodes; the catalogue (presets, templates, queues) and a health panel. A customer
 * sees only its own assets and their jobs; outputs reach the browser through an authenticated route.
 * Pages add themselves to the navigation with a {@link org.avengine.ui.NavLink} bean.
 */
package org.avengine.ui;
