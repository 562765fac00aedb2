// LatsarBot web chat: plain JS, no build step, so the page stays small on slow phone connections.
(() => {
  'use strict';

  const STORAGE_KEY = 'latsarbot.webchat.v1';
  const POLL_MS = 3000;
  const POST_TIMEOUT_MS = 30000;
  // The feed returns at most this many messages per call; a full page means there may be more.
  const FEED_PAGE = 100;

  // ---- Markdown subset: *bold*, _italic_, [label](https://…), line breaks, "- " lists. ----
  // Built from DOM nodes and text nodes only, so bot text can never become markup.

  const INLINE = /\[([^\]\n]+)\]\(([^()\s]+)\)|\*([^*\n]+)\*|_([^_\n]+)_/g;
  const WORD = /[\p{L}\p{N}]/u;

  function render(text) {
    const root = document.createElement('div');
    root.className = 'md';
    let paragraph = null;
    let list = null;
    for (const line of String(text ?? '').replace(/\r\n?/g, '\n').split('\n')) {
      const item = /^\s*- (.*)$/.exec(line);
      if (item) {
        paragraph = null;
        if (!list) {
          list = root.appendChild(document.createElement('ul'));
        }
        appendInline(list.appendChild(document.createElement('li')), item[1]);
        continue;
      }
      list = null;
      if (line.trim() === '') {
        paragraph = null;
        continue;
      }
      if (paragraph) {
        paragraph.appendChild(document.createElement('br'));
      } else {
        paragraph = root.appendChild(document.createElement('p'));
      }
      appendInline(paragraph, line);
    }
    return root;
  }

  function appendInline(parent, s) {
    const re = new RegExp(INLINE.source, 'g');
    let done = 0;
    let m;
    while ((m = re.exec(s)) !== null) {
      const node = inlineNode(m, s);
      if (!node) {
        // Not markup after all (snake_case, 2*3*4, a javascript: link): rescan from the next character.
        re.lastIndex = m.index + 1;
        continue;
      }
      parent.append(s.slice(done, m.index), node);
      done = re.lastIndex;
    }
    parent.append(s.slice(done));
  }

  function inlineNode(m, s) {
    if (m[1] !== undefined) {
      const href = safeUrl(m[2], false);
      if (!href) {
        return null;
      }
      const a = document.createElement('a');
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = m[1];
      return a;
    }
    const inner = m[3] ?? m[4];
    const end = m.index + m[0].length;
    if (/^\s|\s$/.test(inner) || WORD.test(s[m.index - 1] ?? '') || WORD.test(s[end] ?? '')) {
      return null;
    }
    const el = document.createElement(m[3] !== undefined ? 'strong' : 'em');
    appendInline(el, inner);
    return el;
  }

  // Only http(s); relative URLs (server files) are allowed for attachments but not in text links.
  function safeUrl(url, allowRelative) {
    try {
      if (!allowRelative && !/^https?:\/\//i.test(url)) {
        return null;
      }
      const parsed = new URL(url, location.href);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch {
      return null;
    }
  }

  function fileName(url) {
    try {
      return decodeURIComponent(new URL(url).pathname.split('/').pop()) || url;
    } catch {
      return url;
    }
  }

  function renderAttachment(attachment) {
    const url = safeUrl(attachment.url, true);
    if (!url) {
      return null;
    }
    const name = attachment.name || fileName(url);
    const box = document.createElement('div');
    box.className = 'att';
    let el;
    switch (attachment.kind) {
      case 'image':
        el = document.createElement('img');
        el.alt = attachment.name || 'Gambar';
        el.loading = 'lazy';
        el.decoding = 'async';
        break;
      case 'video':
      case 'audio':
        el = document.createElement(attachment.kind);
        el.controls = true;
        // Nothing is fetched until the person presses play: data is expensive.
        el.preload = 'none';
        el.setAttribute('aria-label', name);
        el.textContent = name;
        break;
      default:
        el = document.createElement('a');
        el.className = 'file';
        el.target = '_blank';
        el.rel = 'noopener noreferrer';
        if (attachment.kind === 'document') {
          el.download = attachment.name || '';
        }
        el.textContent = (attachment.kind === 'document' ? '📄 ' : '🔗 ') + name;
        el.href = url;
        box.appendChild(el);
        return box;
    }
    el.src = url;
    box.appendChild(el);
    return box;
  }

  // ---- State kept across reloads: ids, the answered point, the unanswered outgoing activity. ----

  function newId() {
    if (crypto.randomUUID) {
      return crypto.randomUUID().replaceAll('-', '');
    }
    // randomUUID needs a secure context; a plain-http deployment still has getRandomValues.
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');
  }

  function loadState() {
    try {
      const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || 'null');
      return saved && typeof saved.conversationId === 'string' ? saved : null;
    } catch {
      return null;
    }
  }

  function saveState() {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch {
      // Private mode or a full quota: the chat still works, it just won't survive a reload.
    }
  }

  function freshState() {
    return { conversationId: null, token: null, expiresAt: null, userId: newId(), answeredThrough: 0, pending: null };
  }

  // ---- Session: the server picks the conversation id and signs a token for it; every call carries the token. ----

  const SESSIONS = '/api/webchat/sessions';

  function sessionHeaders(extra) {
    return { ...extra, 'X-WebChat-Token': state.token || '' };
  }

  async function requestSession(renew) {
    const response = await fetch(SESSIONS, {
      method: 'POST',
      headers: renew ? sessionHeaders({}) : { 'Content-Type': 'application/json' },
      // A page from before sessions offers its old id; only a development server takes it.
      body: renew ? undefined : JSON.stringify(state.conversationId ? { conversationId: state.conversationId } : {}),
    });
    return response.ok ? response.json() : response.status === 401 ? null : Promise.reject(new Error('session'));
  }

  // Renewed once half the lifetime has passed; an expired or refused token starts a new conversation.
  async function ensureSession() {
    const expires = state.expiresAt ? Date.parse(state.expiresAt) : 0;
    if (state.token && expires - Date.now() > (expires - (state.issuedAt || 0)) / 2) {
      return;
    }
    let session = state.token ? await requestSession(true) : null;
    if (!session) {
      state.token = null;
      session = await requestSession(false);
    }
    if (session.conversationId !== state.conversationId) {
      state.answeredThrough = 0;
    }
    state.conversationId = session.conversationId;
    state.token = session.token;
    state.expiresAt = session.expiresAt;
    state.issuedAt = Date.now();
    saveState();
  }

  // A 401 means the token lapsed (or the server's keys changed): the next call gets a new session.
  function dropSession(response) {
    if (response.status === 401) {
      state.token = null;
      saveState();
    }
  }

  const locale = (navigator.language || 'id').toLowerCase().startsWith('en') ? 'en' : 'id';

  // ---- Page ----

  const log = document.getElementById('log');
  const scroller = document.getElementById('scroller');
  const typing = document.getElementById('typing');
  const form = document.getElementById('composer');
  const input = document.getElementById('text');
  const sendButton = document.getElementById('send');
  const restartButton = document.getElementById('restart');

  let state = null;
  let seen = new Set();
  let lastSequence = 0;
  let busy = false;
  // Bumped on restart so answers that belong to the old conversation are dropped.
  let generation = 0;
  let failedBubble = null;
  let pollTimer = 0;
  let polling = false;
  let pollAgain = false;

  function endpoint(after) {
    const base = `/api/webchat/${encodeURIComponent(state.conversationId)}/activities`;
    return after === undefined ? base : `${base}?after=${after}`;
  }

  function scrollToEnd() {
    scroller.scrollTop = scroller.scrollHeight;
  }

  function nearEnd() {
    return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 120;
  }

  // A person scrolled up to reread is not pulled down by a reminder; a turn's answer always scrolls.
  function addBotMessages(messages, follow) {
    const follows = follow || nearEnd();
    let added = 0;
    for (const message of [...messages].sort((a, b) => a.sequence - b.sequence)) {
      if (seen.has(message.sequence)) {
        continue;
      }
      seen.add(message.sequence);
      lastSequence = Math.max(lastSequence, message.sequence);
      addBotMessage(message);
      added++;
    }
    if (added > 0 && follows) {
      scrollToEnd();
    }
  }

  function addBotMessage(message) {
    const row = document.createElement('div');
    row.className = message.proactive ? 'msg bot proactive' : 'msg bot';
    row.dataset.sequence = String(message.sequence);
    const bubble = row.appendChild(document.createElement('div'));
    bubble.className = 'bubble';
    bubble.appendChild(render(message.text));
    for (const attachment of message.attachments || []) {
      const el = renderAttachment(attachment);
      if (el) {
        bubble.appendChild(el);
      }
    }
    if (message.buttons && message.buttons.length > 0) {
      const chips = row.appendChild(document.createElement('div'));
      chips.className = 'chips';
      chips.setAttribute('role', 'group');
      chips.setAttribute('aria-label', 'Pilihan');
      const answered = message.sequence <= state.answeredThrough;
      for (const button of message.buttons) {
        const chip = chips.appendChild(document.createElement('button'));
        chip.type = 'button';
        chip.className = 'chip';
        chip.textContent = button.title;
        chip.disabled = answered;
        chip.addEventListener('click', () => {
          if (!busy) {
            chip.classList.add('chosen');
            send({ value: button.value }, button.title, true);
          }
        });
      }
    }
    log.appendChild(row);
  }

  function addUserBubble(text) {
    const row = document.createElement('div');
    row.className = 'msg user';
    const bubble = row.appendChild(document.createElement('div'));
    bubble.className = 'bubble';
    bubble.textContent = text;
    log.appendChild(row);
    scrollToEnd();
    return row;
  }

  function addNotice() {
    const row = document.createElement('div');
    row.className = 'msg notice';
    log.appendChild(row);
    return row;
  }

  function setStatus(row, kind, onRetry) {
    let status = row.querySelector('.status');
    if (!kind) {
      status?.remove();
      if (row.classList.contains('notice')) {
        row.remove();
      }
      return;
    }
    if (!status) {
      status = row.appendChild(document.createElement('div'));
    }
    status.className = kind === 'failed' ? 'status failed' : 'status';
    status.replaceChildren();
    if (kind === 'failed') {
      status.append(row.classList.contains('notice') ? 'Gagal terhubung' : 'Gagal terkirim');
      const retry = status.appendChild(document.createElement('button'));
      retry.type = 'button';
      retry.textContent = 'Coba lagi';
      retry.addEventListener('click', onRetry);
    } else if (kind === 'dropped') {
      status.textContent = 'Tidak terkirim';
    } else if (kind === 'rejected') {
      status.textContent = 'Pesan tidak dapat diproses';
    }
  }

  function disableAnsweredButtons() {
    state.answeredThrough = lastSequence;
    for (const chip of log.querySelectorAll('.chip')) {
      chip.disabled = true;
    }
  }

  function setBusy(value) {
    busy = value;
    typing.hidden = !value;
    sendButton.disabled = value;
    if (value) {
      scrollToEnd();
    }
  }

  // ---- Sending ----

  function send(activity, label, fromChip) {
    if (busy) {
      return;
    }
    if (failedBubble) {
      // A new message replaces the failed one rather than queueing behind it.
      setStatus(failedBubble, failedBubble.classList.contains('notice') ? null : 'dropped');
      failedBubble = null;
    }
    disableAnsweredButtons();
    state.pending = { id: newId(), activity, label: label || null };
    saveState();
    deliver(state.pending, fromChip);
  }

  async function deliver(pending, fromChip) {
    const mine = generation;
    const row = pending.label ? addUserBubble(pending.label) : null;
    setBusy(true);
    let outcome;
    let slowDown = null;
    try {
      await ensureSession();
      const response = await fetch(endpoint(), {
        method: 'POST',
        headers: sessionHeaders({ 'Content-Type': 'application/json' }),
        body: JSON.stringify({ id: pending.id, from: state.userId, locale, ...pending.activity }),
        signal: AbortSignal.timeout ? AbortSignal.timeout(POST_TIMEOUT_MS) : undefined,
      });
      dropSession(response);
      if (response.status === 429) {
        // Too fast: the server's own words (in the person's language) say how long to wait; the retry stays offered.
        slowDown = await response.json().then(body => body.message, () => null);
      }
      outcome = response.ok ? await response.json() : response.status === 400 ? 'rejected' : 'failed';
    } catch {
      outcome = 'failed';
    }
    if (mine !== generation) {
      return;
    }
    setBusy(false);
    if (outcome === 'failed') {
      if (slowDown) {
        const notice = addNotice();
        notice.classList.add('limited');
        notice.appendChild(render(slowDown));
      }
      failedBubble = row || addNotice();
      setStatus(failedBubble, 'failed', () => {
        if (!busy) {
          failedBubble.remove();
          failedBubble = null;
          deliver(pending, fromChip);
        }
      });
      // Someone typing keeps the keyboard; focus that sat on a now-disabled chip goes to the retry.
      if (fromChip || document.activeElement === document.body) {
        failedBubble.querySelector('.status button').focus({ preventScroll: true });
      }
      scrollToEnd();
      return;
    }
    state.pending = null;
    saveState();
    if (outcome === 'rejected') {
      if (row) {
        setStatus(row, 'rejected');
      }
    } else {
      const replies = outcome.replies || [];
      addBotMessages(replies, true);
      focusAfterTurn(replies, fromChip);
    }
    poll();
  }

  // After a chip the focus would be lost on the disabled chip: move it to the next choice, or to the input.
  function focusAfterTurn(replies, fromChip) {
    if (!fromChip) {
      return;
    }
    // Looked up by sequence: a poll may have rendered the turn's replies before the POST answered.
    const chip = replies
      .map(reply => log.querySelector(`[data-sequence="${Number(reply.sequence)}"] .chip:not(:disabled)`))
      .find(Boolean);
    (chip || input).focus({ preventScroll: true });
    scrollToEnd();
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || busy) {
      return;
    }
    input.value = '';
    send({ text }, text, false);
    input.focus();
  });

  // Attach: the file goes to the upload endpoint first, then its URL travels with a message like any other.
  // A refused file is still sent (without a URL) so the bot explains why, in the person's language.
  const fileInput = document.getElementById('file');
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = '';
    if (!file || busy) {
      return;
    }
    const body = new FormData();
    body.append('file', file, file.name);
    let attachment = { kind: file.type || 'application/octet-stream', url: '', name: file.name, size: file.size };
    try {
      await ensureSession();
      const response = await fetch(`/api/webchat/${encodeURIComponent(state.conversationId)}/files`, { method: 'POST', body, headers: sessionHeaders({}) });
      dropSession(response);
      if (response.ok) {
        const stored = await response.json();
        attachment = { kind: stored.contentType, url: stored.url, name: stored.name, size: stored.size };
      } else if (response.status === 415) {
        // The bytes are not what the name says: the bot answers "type not accepted".
        attachment.kind = 'application/octet-stream';
      }
    } catch {
      // Sent without a URL: the bot says the file could not be fetched and the entry goes on.
    }
    send({ attachments: [attachment] }, '📎 ' + file.name, false);
  });

  restartButton.addEventListener('click', () => {
    if (!confirm('Mulai percakapan baru? Riwayat di layar ini akan dihapus.')) {
      return;
    }
    generation++;
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing stored to clear.
    }
    log.replaceChildren();
    seen = new Set();
    lastSequence = 0;
    failedBubble = null;
    setBusy(false);
    start(freshState(), true);
  });

  // ---- Polling for proactive messages (reminders, coach replies) ----

  async function poll() {
    clearTimeout(pollTimer);
    if (polling) {
      pollAgain = true;
      return;
    }
    polling = true;
    const mine = generation;
    try {
      let more = true;
      while (more && mine === generation) {
        await ensureSession();
        const response = await fetch(endpoint(lastSequence), { cache: 'no-store', headers: sessionHeaders({}) });
        dropSession(response);
        if (!response.ok || mine !== generation) {
          break;
        }
        const feed = await response.json();
        if (mine !== generation) {
          break;
        }
        addBotMessages(feed.messages || []);
        more = (feed.messages || []).length >= FEED_PAGE;
      }
    } catch {
      // Offline for a moment: the next poll tries again.
    } finally {
      polling = false;
      if (pollAgain) {
        pollAgain = false;
        poll();
      } else {
        schedulePoll();
      }
    }
  }

  function schedulePoll() {
    clearTimeout(pollTimer);
    if (!document.hidden) {
      pollTimer = setTimeout(poll, POLL_MS);
    }
  }

  // A hidden tab polls nothing, which saves battery and data; it catches up when shown again.
  document.addEventListener('visibilitychange', () => (document.hidden ? clearTimeout(pollTimer) : poll()));

  // ---- Start ----

  async function start(saved, isNew) {
    state = saved;
    saveState();
    if (!state.token) {
      try {
        await ensureSession();
      } catch {
        // Offline: the first send or poll asks again.
      }
    }
    if (isNew) {
      send({ type: 'conversationUpdate' }, null, false);
      return;
    }
    // A reload first shows what the server already has, then finishes what was left unanswered.
    const mine = generation;
    const pending = state.pending;
    await poll();
    if (mine !== generation) {
      return;
    }
    if (pending) {
      // Re-posting the same id is safe: the server answers a repeat with the replies it already sent.
      deliver(pending, false);
    } else if (seen.size === 0) {
      send({ type: 'conversationUpdate' }, null, false);
    }
  }

  window.LatsarChat = { render, attachment: renderAttachment };

  const saved = loadState();
  start(saved || freshState(), !saved);
})();
