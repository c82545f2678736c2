// avengine dashboard: local times, the live job list, players, resumable uploads, job files dropped in.
(function () {
  'use strict';
  window.playerErrors = window.playerErrors || [];
  const csrf = () => (document.querySelector('meta[name="csrf-token"]') || {}).content;

  function localTimes(root) {
    root.querySelectorAll('time[datetime]').forEach(t => {
      const d = new Date(t.getAttribute('datetime'));
      if (!isNaN(d)) { t.textContent = d.toLocaleString(); t.title = t.getAttribute('datetime'); }
    });
    root.querySelectorAll('input[name="tz"]').forEach(i => { i.value = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; });
  }

  // A table wider than the screen scrolls in its own region, which the keyboard can then reach and a screen reader names.
  function scrollRegions() {
    document.querySelectorAll('.table-wrap').forEach(w => {
      const caption = w.querySelector('caption');
      w.setAttribute('role', 'region');
      if (caption) w.setAttribute('aria-label', caption.textContent.trim());
      if (w.scrollWidth > w.clientWidth) w.tabIndex = 0; else w.removeAttribute('tabindex');
    });
  }

  function players(root) {
    root.querySelectorAll('video[data-hls]:not([data-ready])').forEach(v => {
      v.dataset.ready = '1';
      if (window.Hls && Hls.isSupported()) {
        const hls = new Hls();
        hls.on(Hls.Events.ERROR, (e, data) => { if (data.fatal) window.playerErrors.push('hls.js: ' + data.details); });
        hls.loadSource(v.dataset.hls); hls.attachMedia(v);
      } else { v.src = v.dataset.hls; }
    });
    root.querySelectorAll('video[data-dash]:not([data-ready])').forEach(v => {
      v.dataset.ready = '1';
      const player = dashjs.MediaPlayer().create();
      player.on(dashjs.MediaPlayer.events.ERROR, e => window.playerErrors.push('dash.js: ' + JSON.stringify(e.error)));
      player.initialize(v, v.dataset.dash, false);
    });
  }

  function liveJobs() {
    const table = document.querySelector('table[data-stream]');
    if (!table || !window.EventSource) return;
    const source = new EventSource(table.dataset.stream);
    source.addEventListener('rows', e => {
      const tbody = table.querySelector('tbody');
      tbody.outerHTML = e.data;
      localTimes(table); scrollRegions();
    });
    window.addEventListener('pagehide', () => source.close());
  }

  async function call(method, url, body) {
    const response = await fetch(url, { method, body, headers: { 'X-CSRF-Token': csrf(), 'Accept': 'application/json' } });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) { const err = new Error(json.detail || response.statusText); err.status = response.status; throw err; }
    return json;
  }

  async function upload(file, show) {
    const key = 'avengine-upload:' + file.name + ':' + file.size + ':' + file.lastModified;
    let state = null;
    const saved = localStorage.getItem(key);
    if (saved) { state = await call('GET', '/ui/uploads/' + saved).catch(() => null); }
    if (!state) { state = await call('POST', '/ui/uploads?name=' + encodeURIComponent(file.name) + '&size=' + file.size); }
    localStorage.setItem(key, state.id);
    let failures = 0;
    while (!state.location) {
      show(state.offset / file.size);
      const end = Math.min(file.size, state.offset + state.chunkSize);
      try {
        state = await call('PUT', '/ui/uploads/' + state.id + '?offset=' + state.offset, file.slice(state.offset, end));
        failures = 0;
      } catch (e) {
        if (++failures > 5 || e.status === 404 || e.status === 413) { localStorage.removeItem(key); throw e; }
        await new Promise(r => setTimeout(r, 500 * failures));
        state = await call('GET', '/ui/uploads/' + state.id).catch(() => state);
      }
    }
    localStorage.removeItem(key);
    show(1);
    return state.location;
  }

  function uploads() {
    const picker = document.getElementById('upload-file');
    if (!picker) return;
    const bar = document.getElementById('upload-progress');
    const text = document.getElementById('upload-status');
    picker.addEventListener('change', async () => {
      const file = picker.files[0];
      if (!file) return;
      const show = f => { bar.value = Math.round(f * 100); text.textContent = 'Uploading ' + file.name + ': ' + Math.round(f * 100) + ' %'; };
      try {
        const location = await upload(file, show);
        document.getElementById('input').value = location;
        text.textContent = 'Uploaded ' + file.name + ' as ' + location;
      } catch (e) {
        text.textContent = 'The upload stopped: ' + e.message + '. Choose the file again to go on from where it stopped.';
      }
    });
  }

  function jobFiles() {
    const area = document.getElementById('job');
    if (!area) return;
    area.addEventListener('dragover', e => e.preventDefault());
    area.addEventListener('drop', e => {
      const file = e.dataTransfer.files[0];
      if (!file) return;
      e.preventDefault();
      file.text().then(t => { area.value = t; });
    });
    document.addEventListener('change', e => {
      if (e.target.name === 'picked') document.getElementById('input').value = e.target.value;
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    localTimes(document); scrollRegions(); players(document); liveJobs(); uploads(); jobFiles();
  });
  window.addEventListener('resize', scrollRegions);
  document.addEventListener('htmx:afterSwap', e => { localTimes(e.target); scrollRegions(); players(e.target); });
})();
