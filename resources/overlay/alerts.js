// SoopChat alert box: connects back to the app's alert feed and shows one
// alert at a time for an OBS browser source. Plain script, no framework.
//
// The queue is the app's: it sends each alert when its turn comes and says
// when it ends, so every page of a channel shows the same. This page only
// draws it and tells the app once it is on screen ({"kind":"shown"}), the
// only thing it ever sends.
//
// Security: the alert's text (which holds what a donor wrote) is only ever
// inserted as text (textContent), never parsed as HTML. Images and sounds
// come only from the app's own /overlay/static/ and /alerts/files/ paths.
'use strict';

(() => {
    const params = new URLSearchParams(location.search);
    const root = document.documentElement;
    const box = document.getElementById('box');

    function numberOption(name, fallback, min, max) {
        const raw = params.get(name);
        if (raw === null || raw.trim() === '') return fallback;
        const value = Number(raw);
        return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
    }
    function choiceOption(name, choices) {
        const raw = params.get(name);
        return choices.includes(raw) ? raw : choices[0];
    }

    const options = {
        fontSize: numberOption('size', 32, 8, 160),
        volume: numberOption('volume', 100, 0, 100) / 100,
        lang: choiceOption('lang', ['ko', 'en']),
    };
    root.lang = options.lang;
    root.style.setProperty('--font-size', options.fontSize + 'px');

    const token = params.get('token') || '';
    const channel = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() || '');

    function addStyles() {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = '/overlay/custom.css?token=' + encodeURIComponent(token);
        document.head.appendChild(link);
        const css = params.get('css');
        if (css) {
            const style = document.createElement('style');
            style.textContent = css; // CSS, never markup
            document.head.appendChild(style);
        }
    }

    // ---- what the app says, checked before use -------------------------------

    const NAME = /^[a-z0-9_]{1,40}$/;
    const COLOR = /^#[0-9a-f]{6}$/i;
    const COLOR_WITH_ALPHA = /^#[0-9a-f]{8}$/i;
    const BUILT_IN = /^\/overlay\/static\/alert-(small|medium|large|huge)\.svg$/;
    const USER_FILE = /^\/alerts\/files\/[0-9a-f]{32}$/;

    // A URL the page may load: a built-in image, or a user's file with the token.
    function mediaUrl(url) {
        if (typeof url !== 'string') return null;
        if (BUILT_IN.test(url)) return url;
        if (USER_FILE.test(url)) return url + '?token=' + encodeURIComponent(token);
        return null;
    }

    let tiers = {}; // name -> {seconds, image, fallback, sound}
    let looks = {}; // name -> {scale, halo}
    let accents = {}; // event type -> colour

    function readBox(raw) {
        const out = {};
        const given = raw && typeof raw.tiers === 'object' && raw.tiers ? raw.tiers : {};
        for (const [name, tier] of Object.entries(given)) {
            if (!NAME.test(name) || !tier || typeof tier !== 'object') continue;
            out[name] = {
                image: mediaUrl(tier.image),
                fallback: mediaUrl(tier.fallback) || '/overlay/static/alert-small.svg',
                sound: mediaUrl(tier.sound),
            };
        }
        tiers = out;
    }

    // The accents and tier looks of the vocabulary the chat page gets too
    // (core/events/EventLook.h), so a gift looks the same everywhere.
    function readVocabulary(raw) {
        accents = {};
        const donations = raw.donations && typeof raw.donations === 'object' ? raw.donations : {};
        for (const [type, accent] of Object.entries(donations)) {
            const color = accent && accent.accent_on_dark; // the box is drawn over video, like the dark theme
            if (NAME.test(type) && COLOR.test(color)) accents[type] = color;
        }
        looks = {};
        const given = raw.tiers && typeof raw.tiers === 'object' ? raw.tiers : {};
        for (const [tier, look] of Object.entries(given)) {
            if (!NAME.test(tier) || !look || typeof look !== 'object') continue;
            looks[tier] = {
                scale: Number.isFinite(look.scale) ? Math.min(3, Math.max(0.5, look.scale)) : 1,
                halo: COLOR_WITH_ALPHA.test(look.halo) ? look.halo : null,
            };
        }
    }

    function rgba(hex) {
        const part = (i) => parseInt(hex.slice(i, i + 2), 16);
        const alpha = hex.length === 9 ? part(7) / 255 : 1;
        return `rgba(${part(1)}, ${part(3)}, ${part(5)}, ${Math.round(alpha * 1000) / 1000})`;
    }

    // ---- showing -------------------------------------------------------------

    const DONATIONS = ['balloon', 'ad_balloon', 'video_balloon', 'vod_balloon', 'station_ad_balloon',
        'cheese', 'video_cheese', 'mission_cheese', 'subscription', 'subscription_renewal', 'subscription_gift'];

    let socket = null;
    let current = null; // {play, element, audio, safety}
    let shownCount = 0;
    // What this page showed, oldest first (the last 50): for tests and for a look in the browser's console.
    const log = [];
    window.soopchatAlertLog = log;

    function acknowledge(play) {
        if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ kind: 'shown', play }));
    }

    function stopCurrent(animate) {
        if (!current) return;
        const { element, audio, safety } = current;
        clearTimeout(safety);
        if (audio) audio.pause();
        current = null;
        delete root.dataset.current;
        if (animate) {
            element.classList.add('leaving');
            setTimeout(() => element.remove(), 400); // after the CSS animation
        } else {
            element.remove();
        }
    }

    function show(alert) {
        if (!Number.isInteger(alert.play)) return;
        stopCurrent(false); // never two at once
        const tierName = typeof alert.tier === 'string' && NAME.test(alert.tier) ? alert.tier : 'small';
        const tier = tiers[tierName] || tiers.small || { image: null, fallback: '/overlay/static/alert-small.svg' };
        const type = typeof alert.type === 'string' && NAME.test(alert.type) ? alert.type : '';

        const element = document.createElement('div');
        element.className = 'alert tier-' + tierName;
        element.dataset.play = String(alert.play);
        element.dataset.tier = tierName;
        if (type) {
            element.classList.add('type-' + type);
            element.dataset.type = type;
        }
        if (DONATIONS.includes(type)) element.classList.add('donation');
        if (alert.replay === true) element.classList.add('replay');
        if (alert.test === true) element.classList.add('test');
        if (accents[type]) element.style.setProperty('--accent', accents[type]);
        const look = looks[tierName];
        if (look) {
            element.style.setProperty('--tier-scale', String(look.scale));
            if (look.halo) element.style.setProperty('--halo', rgba(look.halo));
        }

        const image = document.createElement('img');
        image.className = 'alert-image';
        image.alt = '';
        image.draggable = false;
        const play = alert.play;
        let acknowledged = false;
        const done = () => {
            if (acknowledged) return;
            acknowledged = true;
            acknowledge(play);
        };
        image.addEventListener('load', done);
        image.addEventListener('error', () => {
            // The user's file is gone or unreadable: the tier's built-in image instead.
            if (image.dataset.fallback !== '1' && tier.fallback) {
                image.dataset.fallback = '1';
                element.dataset.fallback = '1';
                image.src = tier.fallback;
            } else {
                done(); // the text shows all the same
            }
        });
        image.src = tier.image || tier.fallback;
        element.appendChild(image);

        const text = document.createElement('div');
        text.className = 'alert-text';
        text.dir = 'auto';
        text.textContent = typeof alert.text === 'string' ? alert.text : '';
        element.appendChild(text);

        box.appendChild(element);

        let audio = null;
        const sound = mediaUrl(alert.sound) || tier.sound;
        if (sound) {
            audio = new Audio(sound);
            const volume = Number.isFinite(alert.volume) ? Math.min(100, Math.max(0, alert.volume)) / 100 : 0.8;
            audio.volume = volume * options.volume;
            element.dataset.sound = sound.split('?')[0];
            // OBS lets a browser source play; a browser that does not is no error of ours.
            audio.play().catch(() => { element.dataset.soundBlocked = '1'; });
        }

        const remaining = Number.isFinite(alert.remaining_ms) ? alert.remaining_ms : 6000;
        // Should the app's "end" never come (it quit), the alert still goes.
        const safety = setTimeout(() => stopCurrent(true), Math.max(0, remaining) + 5000);
        current = { play, element, audio, safety };
        shownCount += 1;
        root.dataset.current = String(play);
        root.dataset.shown = String(shownCount);
        log.push({ play, id: String(alert.id || ''), tier: tierName, text: text.textContent,
            image: image.getAttribute('src').split('?')[0], sound: sound ? sound.split('?')[0] : null,
            replay: alert.replay === true, test: alert.test === true });
        if (log.length > 50) log.shift();
    }

    // ---- feed ----------------------------------------------------------------

    const decoder = new TextDecoder();
    let attempt = 0;
    let revoked = false;
    let boxes = 0; // tier updates received

    function setState(state) {
        root.dataset.state = state;
    }

    function handle(message) {
        if (message.kind === 'hello') {
            if (message.vocabulary && typeof message.vocabulary === 'object') readVocabulary(message.vocabulary);
            readBox(message.box);
            root.dataset.paused = message.paused === true ? 'true' : 'false';
            attempt = 0;
            revoked = false;
            setState('open');
        } else if (message.kind === 'box') {
            readBox(message.box);
            boxes += 1;
            root.dataset.boxes = String(boxes);
        } else if (message.kind === 'alert') {
            show(message);
        } else if (message.kind === 'end') {
            if (current && current.play === message.play) stopCurrent(true);
        } else if (message.kind === 'state') {
            root.dataset.paused = message.paused === true ? 'true' : 'false';
        }
    }

    function retryIn(delayMs) {
        setTimeout(connect, delayMs);
    }

    function backoff() {
        const base = Math.min(10000, 500 * 2 ** attempt);
        attempt = Math.min(attempt + 1, 10);
        return base * (0.75 + Math.random() * 0.5);
    }

    function connect() {
        setState('connecting');
        const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
        const url = `${scheme}//${location.host}/alerts/ws/${encodeURIComponent(channel)}`
            + `?token=${encodeURIComponent(token)}&lang=${options.lang}`;
        socket = new WebSocket(url);
        socket.binaryType = 'arraybuffer';
        socket.onmessage = (message) => {
            let parsed;
            try {
                parsed = JSON.parse(typeof message.data === 'string' ? message.data : decoder.decode(message.data));
            } catch (error) {
                return;
            }
            if (parsed && typeof parsed === 'object') handle(parsed);
        };
        socket.onclose = (close) => {
            stopCurrent(false);
            if (close.code === 4403) revoked = true;
            if (revoked) {
                setState('forbidden');
                retryIn(60000);
            } else {
                setState('closed');
                retryIn(backoff());
            }
        };
    }

    addStyles();
    if (!token || !channel) {
        setState('no-token');
    } else {
        connect();
    }
})();
