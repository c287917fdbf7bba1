// Attune's minimal browser client: sign in, rooms, and one room's live conversation.
// Every string from the server is shown with textContent, never as HTML.

const $ = (id) => document.getElementById(id);
let me = null;
let socket = null;
let currentRoom = null;
let lastSeq = 0;
let retry = 0;
let commandCounter = 0;
let you = null;
let sessionRunning = false;
let turn = null;
let prefilled = null;
let pause = null;
let crisis = null;
let exerciseTimer = null;
let roomMode = 'moderated';
const members = new Map();

async function api(method, path, body) {
    const response = await fetch(path, {
        method,
        headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        credentials: 'same-origin',
    });
    const data = response.headers.get('Content-Type')?.includes('json') ? await response.json() : null;
    if (!response.ok) {
        const error = new Error(data?.detail || 'Something went wrong. Please try again.');
        error.status = response.status;
        throw error;
    }
    return data;
}

function show(section) {
    for (const id of ['signed-out', 'home', 'room']) {
        $(id).hidden = id !== section;
    }
}

/** The console's exercise choices come from the server's own list. */
async function loadExercises() {
    try {
        for (const exercise of (await api('GET', '/api/exercises')).exercises) {
            const option = document.createElement('option');
            option.value = exercise.id;
            option.textContent = exercise.title;
            $('pause-exercise').append(option);
        }
    } catch (e) {
        // The room's usual exercise is still there to choose.
    }
}

async function start() {
    try {
        me = await api('GET', '/api/me');
    } catch (e) {
        const code = new URLSearchParams(location.search).get('join');
        if (code) {
            // Signing in leaves this page; the invitation waits here until the person is back.
            sessionStorage.setItem('attune.join', code);
        }
        show('signed-out');
        return;
    }
    $('who-name').textContent = `Signed in as ${me.name}`;
    $('who').hidden = false;
    $('open-form').hidden = !me.roles.includes('therapist');
    if (me.roles.includes('therapist')) {
        loadExercises();
    }
    const params = new URLSearchParams(location.search);
    const joinCode = params.get('join') || sessionStorage.getItem('attune.join');
    sessionStorage.removeItem('attune.join');
    if (joinCode) {
        await joinWith(joinCode);
        return;
    }
    const roomId = params.get('room');
    if (roomId) {
        await openRoom(roomId);
    } else {
        await showHome();
    }
}

async function showHome() {
    closeSocket();
    currentRoom = null;
    show('home');
    const rooms = await api('GET', '/api/rooms');
    const list = $('rooms');
    list.replaceChildren();
    for (const room of rooms) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `?room=${encodeURIComponent(room.id)}`;
        link.textContent = room.name;
        const about = document.createElement('span');
        about.className = 'status';
        about.textContent = ` · ${room.kind}, ${room.mode === 'guided' ? 'guided' : 'moderated'}, you are ${room.yourRole === 'therapist' ? 'its therapist' : `a ${room.yourRole}`}`;
        link.addEventListener('click', (event) => {
            event.preventDefault();
            history.pushState(null, '', link.href);
            openRoom(room.id);
        });
        item.append(link, about);
        list.append(item);
    }
    $('no-rooms').hidden = rooms.length > 0;
}

async function openRoom(roomId) {
    closeSocket();
    currentRoom = roomId;
    lastSeq = 0;
    turn = null;
    pause = null;
    prefilled = null;
    // Nothing of another room stays on the page: its alerts, invitation, coaching, draft.
    for (const id of ['transcript', 'alerts', 'members-list', 'lobby-list', 'checkin-list', 'coaching', 'crisis-list']) {
        $(id).replaceChildren();
    }
    $('no-alerts').hidden = false;
    $('invite-code').textContent = '';
    delete $('invite-code').dataset.link;
    $('invite-copy').hidden = true;
    $('coaching').hidden = true;
    $('crisis').hidden = true;
    $('crisis-note').textContent = '';
    $('pause-form').hidden = true;
    $('message').value = '';
    unsent.clear();
    $('room-status').textContent = '';
    show('room');
    connect();
}

function connect() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    $('connection').textContent = 'Connecting…';
    const ws = new WebSocket(`${scheme}://${location.host}/live/rooms/${encodeURIComponent(currentRoom)}`, 'attune.v1');
    socket = ws;
    ws.addEventListener('open', () => {
        retry = 0;
        ws.send(JSON.stringify({ type: 'resume', id: nextId(), afterSeq: lastSeq }));
    });
    ws.addEventListener('message', (message) => onFrame(JSON.parse(message.data)));
    ws.addEventListener('close', (event) => {
        if (socket !== ws) {
            return;
        }
        socket = null;
        if (event.code === 1008 && event.reason.startsWith('Your sign-in has expired')) {
            reconnectAfterSignInCheck();
            return;
        }
        if (event.code === 1008) {
            $('connection').textContent = event.reason || 'You are no longer connected to this room.';
            return;
        }
        retry = Math.min(retry + 1, 6);
        const delay = 500 * 2 ** retry;
        $('connection').textContent = 'Reconnecting…';
        setTimeout(() => { if (currentRoom && !socket) connect(); }, delay);
    });
}

// The socket closes when the access token behind it expires; the page's own
// session renews it, so reconnect at once unless the person has to sign in again.
async function reconnectAfterSignInCheck() {
    try {
        await api('GET', '/api/me');
        connect();
    } catch (e) {
        $('connection').textContent = 'Your sign-in has expired. ';
        const link = document.createElement('a');
        link.href = '/login';
        link.textContent = 'Sign in again';
        $('connection').append(link);
    }
}

function closeSocket() {
    if (socket) {
        const old = socket;
        socket = null;
        old.close(1000);
    }
}

/** What was written but not yet acknowledged, by command id: a refused message goes back in the box. */
const unsent = new Map();

function restoreDraft(id) {
    const text = unsent.get(id);
    unsent.delete(id);
    if (text !== undefined && !$('message').value.trim()) {
        $('message').value = text;
        $('message').focus();
    }
}

function nextId() {
    commandCounter += 1;
    return `${Date.now().toString(36)}-${commandCounter}`;
}

function onFrame(frame) {
    switch (frame.type) {
        case 'welcome':
            you = frame.you;
            $('room-name-heading').textContent = frame.room.name;
            $('connection').textContent = frame.you.status === 'waiting'
                ? 'You are in the waiting room. Your therapist will let you in soon.'
                : 'Connected';
            $('console').hidden = frame.you.role !== 'therapist';
            $('send-as-box').hidden = frame.you.role !== 'therapist';
            $('composer').hidden = frame.you.role === 'observer' || frame.you.status === 'waiting';
            $('pause-open').hidden = frame.you.role !== 'participant';
            $('coach-open').hidden = frame.you.role !== 'participant';
            $('requires-admission').checked = frame.room.requiresAdmission;
            roomMode = frame.room.mode;
            members.clear();
            $('floor-to').replaceChildren();
            $('whisper-to').replaceChildren();
            for (const member of frame.members) {
                addMember(member.id, member.name, member.role, member.status, member.online, member.talk);
            }
            renderMembers();
            $('transcript-link').href = `/api/rooms/${encodeURIComponent(currentRoom)}/transcript?format=html`;
            $('transcript-download').href = `/api/rooms/${encodeURIComponent(currentRoom)}/transcript?format=text`;
            setSession(frame.session.running);
            turn = frame.turn;
            renderTurn();
            crisis = frame.crisisResources;
            renderCrisis($('crisis-list'), $('crisis-emergency'));
            pause = frame.pause.paused ? frame.pause : null;
            renderPause();
            break;
        case 'coaching':
            renderCoaching(frame);
            break;
        case 'presence':
            if (members.has(frame.member)) {
                members.get(frame.member).online = frame.online;
            } else {
                addMember(frame.member, frame.name, 'participant', 'active', frame.online, null);
            }
            renderMembers();
            break;
        case 'turn':
            turn = frame;
            renderTurn();
            break;
        case 'event':
            if (frame.seq > lastSeq) {
                lastSeq = frame.seq;
                renderEvent(frame);
            }
            break;
        case 'error':
            $('room-status').textContent = frame.message;
            restoreDraft(frame.id);
            break;
        case 'ack':
            $('room-status').textContent = '';
            unsent.delete(frame.id);
            break;
        default:
            break;
    }
}

function setSession(running) {
    sessionRunning = running;
    $('session-state').textContent = running ? 'The session is running.' : 'The session has not started yet.';
    $('session-toggle').textContent = running ? 'End the session' : 'Start the session';
    $('guided-box').hidden = !(roomMode === 'guided' && you && you.role === 'participant');
    $('guided-session').textContent = running ? 'End the session' : 'Start the session';
    renderComposer();
}

function addMember(id, name, role, status = 'active', online = false, talk = null) {
    if (!members.has(id)) {
        if (role === 'participant') {
            const option = document.createElement('option');
            option.value = id;
            option.textContent = name;
            $('floor-to').append(option);
        }
        if (!you || id !== you.id) {
            const option = document.createElement('option');
            option.value = id;
            option.textContent = name;
            $('whisper-to').append(option);
        }
    }
    const known = members.get(id);
    members.set(id, {
        id, name, role: known?.role || role, status, online: known ? known.online || online : online,
        talk: talk || known?.talk || { turns: 0, messages: 0, words: 0, seconds: 0 },
    });
}

/** The people in the room, with presence and how much they have spoken; the lobby for therapists. */
function renderMembers() {
    const list = $('members-list');
    const lobby = $('lobby-list');
    list.replaceChildren();
    lobby.replaceChildren();
    const therapist = you && you.role === 'therapist';
    for (const m of members.values()) {
        const item = document.createElement('li');
        if (m.status === 'waiting') {
            item.textContent = `${m.name} `;
            if (therapist) {
                const admit = document.createElement('button');
                admit.type = 'button';
                admit.textContent = `Let ${m.name} in`;
                admit.addEventListener('click', () => send({ type: 'admit', member: m.id }));
                item.append(admit);
            }
            lobby.append(item);
            continue;
        }
        if (m.status === 'removed') {
            continue;
        }
        const presence = document.createElement('span');
        presence.className = `presence ${m.online ? 'online' : 'away'}`;
        presence.textContent = m.online ? 'online' : 'away';
        const role = m.role === 'participant' ? '' : ` (${m.role})`;
        item.append(`${m.name}${role} `, presence);
        if (m.role === 'participant') {
            const talk = document.createElement('span');
            talk.className = 'talk';
            const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
            talk.textContent = ` · ${count(m.talk.turns, 'turn')}, ${count(m.talk.messages, 'message')}, ${count(m.talk.words, 'word')}`;
            item.append(talk);
        }
        list.append(item);
    }
    $('lobby-heading').hidden = lobby.children.length === 0;
}

/** Keeps the console's people up to date from the room's events. */
function followMembers(event) {
    const talk = (id) => members.get(id)?.talk;
    switch (event.kind) {
        case 'member_joined':
            addMember(event.actor, event.actorName, members.get(event.actor)?.role || 'participant', 'active');
            break;
        case 'member_waiting':
            addMember(event.target, event.targetName, 'participant', 'waiting');
            break;
        case 'member_admitted':
            if (members.has(event.target)) members.get(event.target).status = 'active';
            break;
        case 'member_removed':
            if (members.has(event.target)) members.get(event.target).status = 'removed';
            break;
        case 'message':
        case 'paraphrase':
            if (talk(event.actor)) {
                talk(event.actor).messages += 1;
                talk(event.actor).words += event.text.trim().split(/\s+/).filter(Boolean).length;
            }
            break;
        case 'floor_granted':
            if (talk(event.target)) talk(event.target).turns += 1;
            break;
        case 'session_started':
            for (const m of members.values()) m.talk = { turns: 0, messages: 0, words: 0, seconds: 0 };
            break;
        default:
            return;
    }
    renderMembers();
}

/** Signals, escalations and safety alerts, newest first, for the therapist. */
function followAlerts(event) {
    if (!you || you.role !== 'therapist' || !['escalation', 'safety_alert', 'signals'].includes(event.kind)) {
        return;
    }
    const item = document.createElement('li');
    item.className = `alert ${event.kind}`;
    const time = new Date(event.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    item.textContent = `${time} · ${NOTICES[event.kind](event)}`;
    if (event.kind === 'escalation' && event.action === 'suggest_pause') {
        const pauseNow = document.createElement('button');
        pauseNow.type = 'button';
        pauseNow.textContent = 'Pause the room';
        pauseNow.addEventListener('click', () => $('room-pause').click());
        item.append(' ', pauseNow);
    }
    $('alerts').prepend(item);
    $('no-alerts').hidden = true;
}

/** Whether this person may write now, and if not, why, in the words of the room's state. */
function composerState() {
    if (!you || you.role === 'observer') {
        return { ok: false, why: 'Observers read along.' };
    }
    if (you.role === 'therapist') {
        return { ok: true, why: '' };
    }
    if (!sessionRunning) {
        return { ok: false, why: 'The session has not started yet.' };
    }
    if (pause) {
        return { ok: false, why: 'The room is taking a pause.' };
    }
    const t = turn;
    const me = you.id;
    if (!t) {
        return { ok: true, why: '' };
    }
    const mine = {
        open: true,
        floor: t.holder === me,
        round: t.holder === me,
        speaker_listener: (t.phase === 'speaking' && t.holder === me) || (t.phase === 'paraphrasing' && t.partner === me),
        imago: t.stepBy === me,
        repair: t.phase === 'repaired' || t.stepBy === me,
    }[t.protocol];
    if (mine) {
        return { ok: true, why: '' };
    }
    if (t.protocol === 'speaker_listener' && t.phase === 'confirming' && t.holder === me) {
        return { ok: false, why: 'First say whether the paraphrase was accurate, with the buttons above.' };
    }
    if (t.protocol === 'floor' && t.queue.includes(me)) {
        const place = t.queue.indexOf(me) + 1;
        return { ok: false, why: `Your hand is raised: you are number ${place} in the queue.` };
    }
    if (t.protocol === 'floor') {
        return { ok: false, why: 'Someone else has the floor. Raise your hand to speak next.' };
    }
    if (t.protocol === 'round' && t.order.includes(me)) {
        const place = t.order.indexOf(me) + 1;
        return { ok: false, why: place === 1 ? 'You are next with the talking stick.' : `Your turn comes: ${place} to go.` };
    }
    return { ok: false, why: `It is not your turn yet. ${turnSummary(t)}` };
}

function renderComposer() {
    const state = composerState();
    $('message').disabled = !state.ok;
    $('send').disabled = !state.ok;
    $('composer-reason').textContent = state.why;
}

/** "You" (or "you" within a sentence) for the person looking, otherwise the member's name. */
function who(id, within = false) {
    if (!id) {
        return within ? 'nobody' : 'Nobody';
    }
    if (you && id === you.id) {
        return within ? 'you' : 'You';
    }
    return members.get(id)?.name || (within ? 'someone' : 'Someone');
}

function list(ids) {
    return ids.map((id) => who(id)).join(', ');
}

const PROTOCOL_NAMES = {
    open: 'Open conversation',
    floor: 'Floor with raised hands',
    speaker_listener: 'Speaker-listener',
    imago: 'Imago dialogue',
    round: 'Round (talking stick)',
    repair: 'Repair after a fight',
};

/** Where the protocol stands, in words, from the person's point of view. */
function turnSummary(t) {
    const isMe = (id) => you && id === you.id;
    const has = (id, what) => `${who(id)} ${isMe(id) ? 'have' : 'has'} ${what}.`;
    switch (t.protocol) {
        case 'floor':
            return (t.holder ? has(t.holder, 'the floor') : 'Nobody has the floor.')
                + (t.queue.length ? ` Hands raised: ${list(t.queue)}.` : '');
        case 'speaker_listener':
            return {
                idle: 'Waiting for the first speaker.',
                speaking: `${who(t.holder)} ${isMe(t.holder) ? 'speak' : 'speaks'}; ${who(t.partner, true)} ${isMe(t.partner) ? 'listen' : 'listens'}.`,
                paraphrasing: `${who(t.partner)} ${isMe(t.partner) ? 'say' : 'says'} back what ${isMe(t.partner) ? 'you' : 'they'} heard.`,
                confirming: `${who(t.holder)} ${isMe(t.holder) ? 'check' : 'checks'} the paraphrase.`,
            }[t.phase] || '';
        case 'imago':
            return t.step ? `${who(t.holder)} ${isMe(t.holder) ? 'are' : 'is'} sharing; ${who(t.partner, true)} ${isMe(t.partner) ? 'are' : 'is'} receiving. Step: ${t.step}, for ${who(t.stepBy, true)}.`
                : 'The dialogue has not started yet.';
        case 'round':
            return t.holder ? has(t.holder, 'the talking stick') + (t.order.length ? ` Next: ${list(t.order)}.` : ' Last turn of this round.')
                : 'The round has not started yet.';
        case 'repair':
            if (t.phase === 'repaired') {
                return 'Everyone has answered every stage. The conversation is open again.';
            }
            return t.stepBy ? `${who(t.stepBy)} ${isMe(t.stepBy) ? 'answer' : 'answers'}: ${t.step}.` : 'The repair has not started yet.';
        default:
            return 'Anyone may speak.';
    }
}

function renderTurn() {
    const t = turn;
    $('turn').hidden = !t || !you || you.status !== 'active';
    if (!t) {
        return;
    }
    const mine = (id) => you && id === you.id;
    $('turn-heading').textContent = PROTOCOL_NAMES[t.protocol] || 'Whose turn';
    $('protocol-choice').value = t.protocol;
    renderCountdown();
    $('turn-step').hidden = !t.stem;
    $('turn-prompt').textContent = t.stem && mine(t.stepBy) ? t.prompt : '';
    $('turn-stem').textContent = t.stem || '';
    const participant = you.role === 'participant';
    $('raise-hand').hidden = !(participant && t.protocol === 'floor' && !mine(t.holder) && !t.queue.includes(you.id));
    $('lower-hand').hidden = !(t.protocol === 'floor' && t.queue.includes(you.id));
    $('pass-floor').hidden = !(
        (['floor', 'round'].includes(t.protocol) && mine(t.holder))
        || (t.protocol === 'speaker_listener' && t.phase === 'speaking' && mine(t.holder))
        || (t.protocol === 'imago' && t.step === 'send' && mine(t.stepBy))
        || (t.protocol === 'repair' && t.phase === 'answering' && mine(t.stepBy)));
    $('no-more').hidden = !(t.protocol === 'imago' && t.step === 'more' && mine(t.stepBy));
    const confirming = t.protocol === 'speaker_listener' && t.phase === 'confirming' && mine(t.holder);
    $('confirm-yes').hidden = !confirming;
    $('confirm-no').hidden = !confirming;
    // The sentence stem starts the answer when it is this person's step.
    const key = `${t.step}|${t.stepBy}`;
    if (t.stem && mine(t.stepBy) && key !== prefilled) {
        const start = `${t.stem.split('…')[0].trimEnd()} `;
        if (!$('message').value.trim()) {
            $('message').value = start;
        }
        prefilled = key;
    }
    const order = $('turn-order');
    order.replaceChildren();
    const upcoming = ['round', 'repair'].includes(t.protocol) ? [t.holder, ...t.order].filter(Boolean) : [];
    for (const id of upcoming) {
        const item = document.createElement('li');
        item.textContent = id === t.holder ? `${who(id)} (now)` : who(id);
        order.append(item);
    }
    order.hidden = upcoming.length === 0;
    renderComposer();
}

function renderCountdown() {
    const t = turn;
    let text = t ? turnSummary(t) : '';
    if (t && t.deadline) {
        const left = Math.max(0, Math.round((new Date(t.deadline) - Date.now()) / 1000));
        text += ` ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')} left in this turn.`;
    }
    if ($('turn-state').textContent !== text) {
        $('turn-state').textContent = text;
    }
}

setInterval(() => { if (turn && turn.deadline) renderCountdown(); }, 1000);

const NOTICES = {
    member_joined: (e) => `${e.actorName} joined the room.`,
    member_waiting: (e) => `${e.actorName} is waiting to be let in.`,
    member_admitted: (e) => `${e.targetName} was let in.`,
    member_removed: (e) => `${e.targetName} was removed from the room.`,
    member_muted: (e) => `${e.targetName} is muted until ${new Date(e.until).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.`,
    member_unmuted: (e) => `${e.targetName} can write again.`,
    session_started: () => 'The session has started.',
    session_ended: () => 'The session has ended.',
    room_updated: (e) => `The room is now called ${e.text}.`,
    protocol_set: (e) => `Now: ${PROTOCOL_NAMES[e.text] || e.text}.`,
    hand_raised: (e) => `${e.targetName} raised a hand.`,
    hand_lowered: (e) => `${e.targetName} lowered their hand.`,
    floor_granted: (e) => `${e.targetName} has the floor.`,
    floor_revoked: (e) => `${e.actorName} took the floor back.`,
    floor_passed: (e) => `${e.targetName} passed.`,
    turn_warning: (e) => `${e.targetName}'s turn is nearly over.`,
    turn_ended: (e) => `${e.targetName}'s time is up.`,
    turn_limit_set: (e) => (e.amount ? `Each turn lasts up to ${e.amount} seconds.` : 'Turns have no time limit now.'),
    listener_set: (e) => `${e.targetName} listens.`,
    paraphrase_confirmed: (e) => (e.amount === 1 ? `${e.actorName}: “Yes, you got it.”` : `${e.actorName}: “Not quite. Please try again.”`),
    step: (e) => (e.targetName ? `${e.targetName}, ${e.prompt ? e.prompt.charAt(0).toLowerCase() + e.prompt.slice(1) : ''} “${e.stem}”` : e.prompt),
    no_more: (e) => `${e.actorName}: “That's all for now.”`,
    paused: (e) => `${e.actor === 'attune' ? 'The room' : e.actorName} paused the conversation${e.reason === 'flooded' ? ' to calm down' : ''}: ${e.exercise ? e.exercise.title : 'a break'} until ${new Date(e.until).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.`,
    check_in: () => 'The pause is over. Time to check in: are you ready to go on?',
    ready: (e) => `${e.actorName} is ready.`,
    calm_rating: (e) => `${e.targetName} feels ${e.amount} of 5 calm.`,
    resumed: () => 'The conversation goes on.',
    signals: (e) => `Signals in ${e.targetName}'s message: ${e.signals.map((s) => `${s.signal.replace('_', ' ')} “${s.words}”`).join(', ')}.`,
    escalation: (e) => `Escalation: ${e.targetName} is heating up (${Math.round(e.heat * 100)}%). ${e.action === 'paused' ? 'The room paused itself.' : 'A pause may help.'}`,
    safety_alert: (e) => (you && e.target === you.id
        ? (roomMode === 'guided' ? 'Someone from your practice will follow up. Help is below.' : 'Your therapist will see this. Help is below.')
        : `Safety alert for ${e.targetName}: ${e.concerns.map((c) => `${c.concern.replace('_', ' ')} “${c.words}”`).join(', ')}.`),
    order_set: (e) => `Order: ${list(e.order)}.`,
};

function renderEvent(event) {
    const item = document.createElement('li');
    item.dataset.seq = String(event.seq);
    const meta = document.createElement('div');
    meta.className = 'meta';
    const time = new Date(event.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    meta.textContent = `${event.actorName} · ${time}`;
    const body = document.createElement('div');
    if (event.kind === 'session_started' || event.kind === 'session_ended') {
        setSession(event.kind === 'session_started');
    }
    if (event.kind === 'member_admitted' && you && event.target === you.id && you.status === 'waiting') {
        // Let in: connect again for the room as a member sees it, and the conversation so far.
        openRoom(currentRoom);
        return;
    }
    if (event.kind === 'member_joined') {
        addMember(event.actor, event.actorName, 'participant');
    }
    followPause(event);
    followMembers(event);
    followAlerts(event);
    if (event.kind === 'safety_alert' && you && event.target === you.id) {
        $('crisis-note').textContent = roomMode === 'guided'
            ? 'What you wrote sounds really hard. You are not alone: someone from your practice will follow up, '
                + 'and these people are there for you right now.'
            : 'What you wrote sounds really hard. You are not alone: your therapist will see this, '
                + 'and these people are there for you right now.';
        $('crisis').hidden = false;
    }
    if (['message', 'guidance', 'whisper', 'note', 'paraphrase'].includes(event.kind)) {
        body.className = `text ${event.kind}`;
        body.textContent = event.text;
        if (event.kind !== 'message') {
            const label = { guidance: 'Guidance', whisper: `Private to ${event.targetName}`, note: 'Private note', paraphrase: 'Paraphrase' }[event.kind];
            meta.textContent = `${event.actorName} · ${label} · ${time}`;
        }
    } else if (NOTICES[event.kind]) {
        body.className = 'notice';
        body.textContent = NOTICES[event.kind](event);
    } else {
        return;
    }
    item.append(meta, body);
    const transcript = $('transcript');
    const atEnd = transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight < 80;
    transcript.append(item);
    if (atEnd) {
        transcript.scrollTop = transcript.scrollHeight;
    }
}

$('composer').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('message').value.trim();
    if (!text || !socket || socket.readyState !== WebSocket.OPEN) {
        $('room-status').textContent = text ? 'Not connected yet. Your message is still here; try again in a moment.' : '';
        return;
    }
    const as = you && you.role === 'therapist' ? $('send-as').value : 'say';
    const command = { type: as, id: nextId(), text };
    if (as === 'whisper') {
        command.to = $('whisper-to').value;
    }
    socket.send(JSON.stringify(command));
    unsent.set(command.id, text);
    $('message').value = '';
    $('room-status').textContent = '';
});

/** Accepts an invitation (from the form or a link) and opens its room, or shows why it could not. */
async function joinWith(code) {
    try {
        const membership = await api('POST', `/api/invitations/${encodeURIComponent(code.trim())}/accept`);
        history.replaceState(null, '', `?room=${encodeURIComponent(membership.roomId)}`);
        await openRoom(membership.roomId);
    } catch (e) {
        history.replaceState(null, '', '/');
        await showHome();
        $('home-status').textContent = e.message;
    }
}

$('join-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    await joinWith($('join-code').value);
});

$('open-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
        const room = await api('POST', '/api/rooms', { name: $('room-name').value, kind: $('room-kind').value, mode: $('room-mode').value });
        history.pushState(null, '', `?room=${encodeURIComponent(room.id)}`);
        await openRoom(room.id);
    } catch (e) {
        $('home-status').textContent = e.message;
    }
});

$('session-toggle').addEventListener('click', () => {
    if (socket && socket.readyState === WebSocket.OPEN) {
        socket.send(JSON.stringify({ type: sessionRunning ? 'end_session' : 'start_session', id: nextId() }));
    }
});

function send(command) {
    if (socket && socket.readyState === WebSocket.OPEN) {
        socket.send(JSON.stringify({ id: nextId(), ...command }));
    } else {
        $('room-status').textContent = 'Not connected yet. Try again in a moment.';
    }
}

for (const button of document.querySelectorAll('#turn-actions button')) {
    button.addEventListener('click', () => {
        const command = { type: button.dataset.command };
        if (button.dataset.accurate) {
            command.accurate = button.dataset.accurate === 'true';
        }
        send(command);
    });
}

$('protocol-set').addEventListener('click', () => send({ type: 'set_protocol', protocol: $('protocol-choice').value }));
$('floor-grant').addEventListener('click', () => send({ type: 'grant_floor', to: $('floor-to').value }));
$('floor-revoke').addEventListener('click', () => send({ type: 'revoke_floor' }));

function renderCrisis(list, emergency) {
    list.replaceChildren();
    if (!crisis) {
        return;
    }
    emergency.textContent = `In an emergency, call ${crisis.emergency}.`;
    for (const resource of crisis.resources) {
        const item = document.createElement('li');
        item.textContent = `${resource.name}: ${resource.contact}${resource.when ? ` (${resource.when})` : ''}`;
        list.append(item);
    }
}

/** Keeps the pause in step with the room's events. */
function followPause(event) {
    if (event.kind === 'paused') {
        pause = { paused: true, reason: event.reason, by: event.actor, until: event.until, exercise: event.exercise, checkingIn: false, ready: [], calm: {} };
    } else if (event.kind === 'check_in' && pause) {
        pause.checkingIn = true;
    } else if (event.kind === 'ready' && pause) {
        pause.ready.push(event.actor);
    } else if (event.kind === 'calm_rating' && pause) {
        pause.calm = { ...(pause.calm || {}), [event.target]: event.amount };
    } else if (event.kind === 'resumed' || event.kind === 'session_ended') {
        pause = null;
    } else {
        return;
    }
    renderPause();
}

const REASONS = {
    flooded: 'Someone is flooded. Bodies need about twenty minutes to settle; try not to go over the argument in your head.',
    overwhelmed: 'Someone felt overwhelmed. Let the conversation rest for a little while.',
    break: 'Someone asked for a short break.',
    therapist: 'Your therapist paused the conversation.',
    escalation: 'The conversation was heating up, so the room is taking a breather.',
};

function renderPause() {
    const therapist = you && you.role === 'therapist';
    renderComposer();
    const checkins = $('checkin-list');
    checkins.replaceChildren();
    if (pause && pause.checkingIn) {
        for (const id of pause.ready) {
            const item = document.createElement('li');
            const calm = pause.calm && pause.calm[id];
            item.textContent = `${who(id)}: ready${calm ? `, calm ${calm} of 5` : ''}`;
            checkins.append(item);
        }
    }
    $('room-pause').hidden = !!pause;
    $('room-resume').hidden = !pause;
    $('pause-open').disabled = !!pause && !pause.checkingIn;
    // Therapists keep working during a pause; everyone else gets the calm screen.
    const wasHidden = $('pause-overlay').hidden;
    $('pause-overlay').hidden = !pause || therapist;
    if (wasHidden && !$('pause-overlay').hidden) {
        $('pause-title').focus();
    }
    clearTimeout(exerciseTimer);
    if (!pause || therapist) {
        return;
    }
    $('pause-why').textContent = REASONS[pause.reason] || '';
    $('checkin').hidden = !pause.checkingIn || you.role !== 'participant';
    if (pause.checkingIn) {
        $('pause-step').textContent = 'Take a moment to notice how you feel.';
        $('breath').className = 'breath';
        $('checkin-status').textContent = pause.ready.includes(you.id) ? 'Thank you. Waiting for the others.' : '';
    } else {
        runExercise(pause.exercise, 0, 0);
    }
    renderPauseCountdown();
}

/** Plays the exercise step by step: the circle grows on "inhale" and shrinks on "exhale". */
function runExercise(exercise, index, cycle) {
    if (!exercise || !pause || pause.checkingIn) {
        return;
    }
    if (index >= exercise.steps.length) {
        if (exercise.cycles !== 0 && cycle + 1 >= exercise.cycles) {
            $('pause-step').textContent = 'Keep breathing slowly, at your own pace.';
            $('breath').className = 'breath';
            return;
        }
        runExercise(exercise, 0, cycle + 1);
        return;
    }
    const step = exercise.steps[index];
    $('pause-step').textContent = step.text;
    const circle = $('breath');
    circle.style.transitionDuration = `${step.seconds}s`;
    circle.className = `breath ${step.action}`;
    exerciseTimer = setTimeout(() => runExercise(exercise, index + 1, cycle), step.seconds * 1000);
}

function renderPauseCountdown() {
    if (!pause || pause.checkingIn) {
        $('pause-countdown').textContent = '';
        return;
    }
    const left = Math.max(0, Math.round((new Date(pause.until) - Date.now()) / 1000));
    $('pause-countdown').textContent = `The check-in opens in ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}.`;
}

setInterval(() => { if (pause && !pause.checkingIn) renderPauseCountdown(); }, 1000);

function renderCoaching(frame) {
    const box = $('coaching');
    box.replaceChildren();
    const heading = document.createElement('p');
    heading.textContent = frame.signals.length ? 'Before you send it:' : 'Your wording';
    box.append(heading);
    for (const signal of frame.signals) {
        const item = document.createElement('p');
        item.textContent = `“${signal.words}”: ${signal.advice}`;
        box.append(item);
    }
    const hint = document.createElement('p');
    hint.textContent = frame.hint;
    box.append(hint);
    if (frame.concerns.length) {
        $('crisis').hidden = false;
    }
    box.hidden = false;
}

$('pause-open').addEventListener('click', () => { $('pause-form').hidden = false; $('pause-reason').focus(); });
$('pause-cancel').addEventListener('click', () => { $('pause-form').hidden = true; });
$('pause-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const reason = $('pause-reason').value;
    const minutes = Number($('pause-length').value);
    send({ type: 'request_pause', reason, minutes: reason === 'flooded' ? Math.max(20, minutes) : minutes });
    $('pause-form').hidden = true;
});
$('ready').addEventListener('click', () => {
    const calm = $('calm').value;
    send({ type: 'ready', ...(calm ? { calm: Number(calm) } : {}) });
});
$('room-pause').addEventListener('click', () => send({
    type: 'pause',
    minutes: Number($('pause-minutes').value) || 10,
    ...($('pause-exercise').value ? { exercise: $('pause-exercise').value } : {}),
}));
$('requires-admission').addEventListener('change', async () => {
    try {
        await api('PATCH', `/api/rooms/${encodeURIComponent(currentRoom)}`, { requiresAdmission: $('requires-admission').checked });
    } catch (e) {
        $('room-status').textContent = e.message;
    }
});
$('turn-limit-set').addEventListener('click', () => send({ type: 'set_turn_limit', seconds: Number($('turn-limit').value) || 0 }));
$('send-as').addEventListener('change', () => {
    const whisper = $('send-as').value === 'whisper';
    $('whisper-to').hidden = !whisper;
    $('whisper-to-label').hidden = !whisper;
});
$('invite-copy').addEventListener('click', async () => {
    try {
        await navigator.clipboard.writeText($('invite-code').dataset.link);
        $('invite-copy').textContent = 'Copied';
    } catch (e) {
        $('invite-copy').textContent = 'Select the link and copy it';
    }
});
$('guided-session').addEventListener('click', () => send({ type: sessionRunning ? 'end_session' : 'start_session' }));
$('room-resume').addEventListener('click', () => send({ type: 'resume' }));
$('coach-open').addEventListener('click', () => {
    const text = $('message').value.trim();
    if (!text) {
        $('room-status').textContent = 'Write your message first, then check its wording.';
        return;
    }
    send({ type: 'coach', text });
});
$('crisis-open').addEventListener('click', () => { $('crisis').hidden = !$('crisis').hidden; });
$('overlay-crisis').addEventListener('click', () => {
    const box = $('overlay-crisis-box');
    box.replaceChildren();
    const emergency = document.createElement('p');
    const list = document.createElement('ul');
    box.append(emergency, list);
    renderCrisis(list, emergency);
    box.hidden = !box.hidden;
});

$('invite').addEventListener('click', async () => {
    try {
        const invitation = await api('POST', `/api/rooms/${encodeURIComponent(currentRoom)}/invitations`, { role: $('invite-role').value });
        const link = `${location.origin}/?join=${encodeURIComponent(invitation.code)}`;
        $('invite-code').textContent = `Send this link (or the code ${invitation.code}): ${link}`;
        $('invite-code').dataset.link = link;
        $('invite-copy').hidden = false;
        $('invite-copy').textContent = 'Copy the link';
    } catch (e) {
        $('invite-code').textContent = e.message;
    }
});

$('back').addEventListener('click', (event) => {
    event.preventDefault();
    history.pushState(null, '', '/');
    showHome();
});

window.addEventListener('popstate', () => start());

start();
