/**
 * Webhook notifications: customers' subscriptions ({@code /customers/{c}/webhooks}: URL, event
 * types, secret) and the administrator's ({@code /admin/webhooks}, every customer's events). Each
 * transcode job state change ({@code JobStateChanged}, routed to the customer whose asset the job
 * makes) and each asset end ({@code AssetFinished}, {@code AssetFailed}) becomes a delivery row in
 * the database, written with the event; senders on threads of their own POST it signed with
 * HMAC-SHA256, retry with exponential backoff for {@code retry-for}, then mark it failed. A slow or
 * failing receiver never holds up jobs. The delivery log can be listed and a delivery re-sent.
 */
package org.avengine.notify;
