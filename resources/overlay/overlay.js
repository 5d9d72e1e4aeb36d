// SoopChat overlay page: connects back to the app's feed and renders chat for
// an OBS browser source. Plain script, no framework, no build step.
//
// Security: chat text and nicknames are only ever inserted as text
// (textContent / createTextNode), never parsed as HTML, so markup in chat
// shows literally. The CSP header forbids inline and foreign script as well.
// Images come only from the app's own /overlay/badges/ paths.
//
// The page keeps no copy of the badge table, the accents or the donation
// tiers: the app sends them in its hello (core/events/Badges.h and
// EventLook.h, as its own windows draw them) and each donation's tier beside
// it.
'use strict';

(() => {
    const params = new URLSearchParams(location.search);
    const root = document.documentElement;
    const chat = document.getElementById('chat');

    // ---- options (docs/OVERLAY.md) -------------------------------------------

    function numberOption(name, fallback, min, max) {
        const raw = params.get(name);
        if (raw === null || raw.trim() === '') return fallback;
        const value = Number(raw);
        return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
    }
    function boolOption(name, fallback) {
        const raw = params.get(name);
        if (raw === null) return fallback;
        return !['0', 'false', 'no', 'off'].includes(raw.trim().toLowerCase());
    }
    function colorOption(name) {
        const raw = (params.get(name) || '').trim();
        if (/^#?([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(raw)) return raw.startsWith('#') ? raw : '#' + raw;
        if (/^[a-z]{3,30}$/i.test(raw)) return raw;
        if (/^(rgb|rgba|hsl|hsla)\([0-9.,%\s/]+\)$/i.test(raw)) return raw;
        return null;
    }
    function choiceOption(name, choices) {
        const raw = params.get(name);
        return choices.includes(raw) ? raw : choices[0];
    }

    const options = {
        fontSize: numberOption('size', 20, 8, 96),
        outline: numberOption('outline', 2, 0, 8),
        shadow: boolOption('shadow', true),
        maxLines: Math.round(numberOption('lines', 30, 1, 200)),
        fadeMs: numberOption('fade', 30, 0, 86400) * 1000,
        badges: boolOption('badges', true),
        donationsOnly: boolOption('donations_only', false),
        theme: choiceOption('theme', ['dark', 'light', 'box']),
        align: choiceOption('align', ['bottom', 'top']),
        lang: choiceOption('lang', ['ko', 'en']),
    };

    root.lang = options.lang;
    root.classList.add('theme-' + options.theme, 'align-' + options.align);
    if (!options.badges) root.classList.add('no-badges');
    root.style.setProperty('--font-size', options.fontSize + 'px');
    root.style.setProperty('--outline-width', options.outline + 'px');
    if (!options.shadow) root.classList.add('no-shadow');
    const font = (params.get('font') || '').trim();
    if (/^[\p{L}\p{N} ,'"_-]{1,200}$/u.test(font)) {
        root.style.setProperty('--font-family', font + ', "SoopChat NanumSquare", "NanumGothic", sans-serif');
    }
    for (const [name, property] of [
        ['text_color', '--text'], ['nick_color', '--nick'], ['donation_color', '--donation'],
        ['bg_color', '--line-bg'], ['outline_color', '--outline-color'],
    ]) {
        const color = colorOption(name);
        if (color) root.style.setProperty(property, color);
    }

    const token = params.get('token') || '';
    const channel = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() || '');

    // Custom CSS last, so it wins: the app's file, then the `css` parameter.
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

    // ---- words ---------------------------------------------------------------

    // The page's own few words. What a donation or a subscription did comes
    // from the app (the vocabulary's `actions`), worded as in the chat list.
    const WORDS = {
        ko: { notice: '공지', sticker: '스티커', locale: 'ko-KR' },
        en: { notice: 'Notice', sticker: 'sticker', locale: 'en-US' },
    };
    const words = WORDS[options.lang];

    // ---- the vocabulary: roles, badges and icons as the app draws them ------

    // What the app's hello says (docs/OVERLAY.md, "Feed protocol"), checked
    // before use: names and colours go into CSS, URLs into <img src>.
    const NAME = /^[a-z0-9_]{1,40}$/;
    const COLOR = /^#[0-9a-f]{6}$/i;
    const COLOR_WITH_ALPHA = /^#[0-9a-f]{8}$/i;
    const BADGE_URL = /^\/overlay\/badges\/[a-z0-9_]{1,40}\.svg(\?v=[0-9a-f]{1,64})?$/;

    let vocabulary = { roles: [], eventIcons: {}, accents: {}, tiers: {}, actions: {} };
    let roleStyle = null;

    function readVocabulary(raw) {
        const light = options.theme === 'light';
        const roles = [];
        for (const role of Array.isArray(raw.roles) ? raw.roles : []) {
            if (!role || !NAME.test(role.key)) continue;
            const nickname = light ? role.nickname_on_light : role.nickname_on_dark;
            roles.push({
                key: role.key,
                label: typeof role.label === 'string' ? role.label : role.key,
                badge: BADGE_URL.test(role.badge) ? role.badge : null,
                badgeColor: COLOR.test(role.badge_color) ? role.badge_color : null,
                nickname: COLOR.test(nickname) ? nickname : null,
            });
        }
        const eventIcons = {};
        const icons = raw.event_icons && typeof raw.event_icons === 'object' ? raw.event_icons : {};
        for (const [type, url] of Object.entries(icons)) {
            if (NAME.test(type) && BADGE_URL.test(url)) eventIcons[type] = url;
        }
        const accents = {};
        const donations = raw.donations && typeof raw.donations === 'object' ? raw.donations : {};
        for (const [type, accent] of Object.entries(donations)) {
            const color = accent && (light ? accent.accent_on_light : accent.accent_on_dark);
            if (NAME.test(type) && COLOR.test(color)) accents[type] = color;
        }
        const tiers = {};
        const looks = raw.tiers && typeof raw.tiers === 'object' ? raw.tiers : {};
        for (const [tier, look] of Object.entries(looks)) {
            if (!NAME.test(tier) || !look || typeof look !== 'object') continue;
            const number = (value, min, max, fallback) =>
                (Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback);
            tiers[tier] = {
                scale: number(look.scale, 0.5, 3, 1),
                barPx: number(look.bar_px, 0, 20, 4),
                fromAlpha: number(look.from_alpha, 0, 1, 0.34),
                toAlpha: number(look.to_alpha, 0, 1, 0.06),
                warmFrom: COLOR_WITH_ALPHA.test(look.warm_from) ? look.warm_from : null,
                warmTo: COLOR_WITH_ALPHA.test(look.warm_to) ? look.warm_to : null,
                halo: COLOR_WITH_ALPHA.test(look.halo) ? look.halo : null,
            };
        }
        const actions = {};
        const worded = raw.actions && typeof raw.actions === 'object' ? raw.actions : {};
        for (const [type, forms] of Object.entries(worded)) {
            const text = (value) => (typeof value === 'string' && value.length <= 200 ? value : null);
            if (NAME.test(type) && forms && text(forms.one) !== null && text(forms.other) !== null)
                actions[type] = { one: forms.one, other: forms.other };
        }
        return { roles, eventIcons, accents, tiers, actions };
    }

    // "#rrggbb" or "#rrggbbaa" as the parts of rgba(): "255, 194, 26" and 0.5.
    function rgbOf(hex) {
        const part = (i) => parseInt(hex.slice(i, i + 2), 16);
        return `${part(1)}, ${part(3)}, ${part(5)}`;
    }
    function alphaOf(hex) {
        return hex.length === 9 ? Math.round((parseInt(hex.slice(7, 9), 16) / 255) * 1000) / 1000 : 1;
    }
    function rgba(hex) {
        return `rgba(${rgbOf(hex)}, ${alphaOf(hex)})`;
    }

    // The vocabulary as CSS, placed right after overlay.css (custom CSS, loaded
    // later, still wins): the role colours as custom properties (--role-ROLE
    // for names, --badge-ROLE for badges) and the rules that use them; each
    // gift's accent and each tier's look as the properties that overlay.css's
    // donation rules read (--accent, --tier-scale, ...).
    function applyVocabulary() {
        let css = ':where(:root) {';
        for (const role of vocabulary.roles) {
            if (role.nickname) css += ` --role-${role.key}: ${role.nickname};`;
            if (role.badgeColor) css += ` --badge-${role.key}: ${role.badgeColor};`;
        }
        css += ' }\n';
        for (const role of vocabulary.roles) css += `.nick.role-${role.key} { color: var(--role-${role.key}); }\n`;
        // A donation_color in the URL paints every gift in it instead.
        if (!colorOption('donation_color')) {
            for (const [type, accent] of Object.entries(vocabulary.accents)) {
                css += `.line.type-${type} { --accent: ${accent}; --accent-rgb: ${rgbOf(accent)}; }\n`;
            }
        }
        for (const [tier, look] of Object.entries(vocabulary.tiers)) {
            css += `.line.donation.tier-${tier} { --tier-scale: ${look.scale}; --tier-bar: ${look.barPx}px;`;
            css += ` --from-alpha: ${look.fromAlpha}; --to-alpha: ${look.toAlpha};`;
            if (look.warmFrom && look.warmTo) css += ` --warm-from: ${rgba(look.warmFrom)}; --warm-to: ${rgba(look.warmTo)};`;
            if (look.halo) css += ` --halo: ${rgba(look.halo)}; --halo-alpha: ${alphaOf(look.halo)};`;
            css += ' }\n';
            // A subscription glows in its own accent.
            if (look.halo) css += `.line.donation.tier-${tier} { box-shadow: 0 0 0.7em var(--halo); }\n`;
            if (look.halo) css += `.line.subscription.tier-${tier} { --halo: rgba(var(--accent-rgb), var(--halo-alpha)); }\n`;
        }
        if (!roleStyle) {
            roleStyle = document.createElement('style');
            const own = document.querySelector('link[rel="stylesheet"]');
            if (own) own.after(roleStyle);
            else document.head.prepend(roleStyle);
        }
        roleStyle.textContent = css; // CSS from checked names and colours, never markup
    }

    function icon(className, url, label) {
        const image = document.createElement('img');
        image.className = className;
        image.src = url;
        image.alt = label;
        if (label) image.title = label;
        image.draggable = false;
        return image;
    }

    // The event's roles in the table's order: the first is the main role.
    function rolesOf(event) {
        const roles = Array.isArray(event.roles) ? event.roles : [];
        return vocabulary.roles.filter((role) => roles.includes(role.key));
    }

    function badgesFor(roles) {
        const span = document.createElement('span');
        span.className = 'badges';
        for (const role of roles) {
            if (!role.badge) continue;
            const badge = icon('badge badge-' + role.key, role.badge, role.label);
            badge.dataset.role = role.key;
            span.appendChild(badge);
        }
        return span;
    }

    // ---- rendering -----------------------------------------------------------

    const DONATIONS = ['balloon', 'ad_balloon', 'video_balloon', 'vod_balloon', 'station_ad_balloon',
        'cheese', 'video_cheese', 'mission_cheese'];
    const SUBSCRIPTIONS = ['subscription', 'subscription_renewal', 'subscription_gift'];

    function span(className, text) {
        const element = document.createElement('span');
        element.className = className;
        element.textContent = text;
        return element;
    }

    // What a user typed (a name, a message) goes in an element of its own that is a bidi
    // isolate with its own direction (dir=auto, unicode-bidi: isolate in the CSS): a
    // right-to-left name or a stray override can never reorder the text after it. The app
    // sends that text in its display form already (no bidi controls, marks and length capped).
    function userText(className, text) {
        const element = span(className, text);
        element.dir = 'auto';
        return element;
    }

    function nickname(event, roles) {
        const element = span('nick', '');
        element.appendChild(userText('name', event.nickname || event.user_id || '?'));
        if (roles.length > 0) element.classList.add('role-' + roles[0].key);
        return element;
    }

    function formatCount(value) {
        return Number(value || 0).toLocaleString(words.locale);
    }

    // What a donation or a subscription did, as the chat list says it: the
    // app's template for `count` with the count (%Ln) and whom a subscription
    // was given to (%1, an element) filled in; text only, never markup.
    function action(type, count, to) {
        const forms = vocabulary.actions[type];
        const template = forms ? (count === 1 ? forms.one : forms.other) : '%Ln';
        const element = span('amount', '');
        for (const part of template.split(/(%Ln|%1)/)) {
            if (part === '%Ln') element.append(formatCount(count));
            else if (part === '%1') element.append(to || '');
            else if (part) element.append(part);
        }
        return element;
    }

    function render(event) {
        const type = event.type;
        const roles = rolesOf(event);
        const line = document.createElement('div');
        line.className = 'line type-' + type;
        line.dataset.type = type;
        if (roles.length > 0) line.dataset.roles = roles.map((role) => role.key).join(' ');
        // The app decides how loud a donation is; the page only shows it.
        const tier = event.donation_tier;
        if (typeof tier === 'string' && NAME.test(tier)) {
            line.dataset.tier = tier;
            line.classList.add('tier-' + tier);
        }
        const iconUrl = vocabulary.eventIcons[type];

        if (DONATIONS.includes(type)) {
            const count = Number(event.count || 0);
            line.classList.add('donation');
            if (iconUrl) line.appendChild(icon('donation-icon', iconUrl, ''));
            if (options.badges && roles.length > 0) line.appendChild(badgesFor(roles));
            line.append(nickname(event, roles), ' ', action(type, count));
            if (event.text) line.appendChild(userText('donation-text', event.text));
        } else if (SUBSCRIPTIONS.includes(type)) {
            line.classList.add('donation', 'subscription');
            if (iconUrl) line.appendChild(icon('donation-icon', iconUrl, ''));
            let to = null;
            if (type === 'subscription_gift') {
                to = span('nick', '');
                to.appendChild(userText('name', event.to_nickname || event.to_user_id || '?'));
            }
            const months = type === 'subscription_renewal' ? Number(event.months || 0) : 0;
            line.append(nickname(event, roles), ' ', action(type, months, to));
        } else if (options.donationsOnly) {
            return null;
        } else if (type === 'notice' || type === 'admin_notice') {
            line.classList.add('notice');
            line.append(span('chip', words.notice), userText('text', event.text || ''));
        } else {
            // chat, manager_chat, ogq_sticker
            line.classList.add('message');
            if (options.badges && roles.length > 0) line.appendChild(badgesFor(roles));
            line.appendChild(nickname(event, roles));
            if (type === 'ogq_sticker') line.appendChild(span('chip sticker', words.sticker));
            line.appendChild(userText('text', event.text || ''));
        }
        return line;
    }

    let shown = 0;

    // A blind hides the line it names by its user and the time it was said
    // (docs/EVENTS.md), as the chat list does; a line that comes after its blind stays out.
    const blinded = new Set();
    function blindKey(event) {
        return typeof event.user_id === 'string' && typeof event.sent_at === 'string'
            ? event.user_id + '\u001f' + event.sent_at : '';
    }
    function hide(event) {
        const key = blindKey(event);
        if (!key) return;
        blinded.add(key);
        if (blinded.size > 1000) blinded.delete(blinded.values().next().value);
        for (const line of Array.from(chat.children)) {
            if (line.dataset.blind === key) line.remove();
        }
    }

    function show(event, fadeAfterMs) {
        if (event.type === 'blind') {
            hide(event);
            return;
        }
        const key = blindKey(event);
        if (key && blinded.has(key)) return;
        const line = render(event);
        if (!line) return;
        if (key) line.dataset.blind = key;
        chat.appendChild(line);
        while (chat.children.length > options.maxLines) chat.firstElementChild.remove();
        shown += 1;
        root.dataset.shown = String(shown);
        if (options.fadeMs > 0) {
            setTimeout(() => {
                line.classList.add('fading');
                setTimeout(() => line.remove(), 600); // after the CSS transition
            }, Math.max(0, fadeAfterMs));
        }
    }

    // ---- feed ----------------------------------------------------------------

    const decoder = new TextDecoder();
    let instance = null;
    let lastSeq = 0;
    let attempt = 0;
    let received = 0;
    let revoked = false; // the app closed us because its token changed

    function setState(state) {
        root.dataset.state = state;
    }

    function handle(message) {
        if (message.kind === 'hello') {
            if (message.vocabulary && typeof message.vocabulary === 'object') {
                vocabulary = readVocabulary(message.vocabulary);
                applyVocabulary();
            }
            if (message.instance !== instance) {
                instance = message.instance;
                lastSeq = 0; // another app run: its numbers start again
            }
            attempt = 0;
            revoked = false;
            setState('open');
        } else if (message.kind === 'events' && Array.isArray(message.events)) {
            const now = Date.now();
            message.events.forEach((event, index) => {
                const seq = message.seq + index;
                if (seq <= lastSeq) return; // already shown before a reconnect
                lastSeq = seq;
                received += 1;
                let fadeAfter = options.fadeMs;
                if (message.backlog && options.fadeMs > 0 && event.received_at) {
                    // Backlog after a refresh: only what is still young enough to be on screen.
                    fadeAfter -= now - Date.parse(event.received_at);
                    if (fadeAfter <= 0) return;
                }
                show(event, fadeAfter);
            });
            root.dataset.received = String(received);
        } else if (message.kind === 'dropped') {
            // The page fell behind and the app skipped the oldest chat for it.
            root.dataset.dropped = String(message.events);
            console.warn(`SoopChat overlay: ${message.events} events skipped because this page fell behind`);
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
        const url = `${scheme}//${location.host}/overlay/ws/${encodeURIComponent(channel)}`
            + `?token=${encodeURIComponent(token)}&lang=${options.lang}`;
        const socket = new WebSocket(url);
        socket.binaryType = 'arraybuffer';
        socket.onmessage = (message) => {
            let parsed;
            try {
                parsed = JSON.parse(typeof message.data === 'string' ? message.data : decoder.decode(message.data));
            } catch (error) {
                return;
            }
            handle(parsed);
        };
        socket.onclose = (close) => {
            // 4403: the token in this URL was replaced. That does not fix itself (the
            // server now refuses the handshake with HTTP 403), so only look rarely.
            if (close.code === 4403) revoked = true;
            if (revoked) {
                setState('forbidden');
                retryIn(60000);
            } else {
                setState('closed');
                retryIn(backoff()); // the app restarts, or too many pages: try again soon
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
