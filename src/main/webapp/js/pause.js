// Pausing: asking for a pause, the calm screen with its guided exercise and
// countdown, the check-in afterwards, and the therapist's list of who is ready.

import { $ } from './dom.js';
import { renderComposer } from './composer.js';
import { send } from './live.js';
import { state } from './state.js';
import { PAUSE_REASONS, checkInLine, pauseCountdown } from './words.js';

export function renderPause() {
    const pause = state.pause;
    const you = state.you;
    const therapist = you && you.role === 'therapist';
    renderComposer();
    const checkins = $('checkin-list');
    checkins.replaceChildren();
    if (pause && pause.checkingIn) {
        for (const id of pause.ready) {
            const item = document.createElement('li');
            item.textContent = checkInLine(state, id);
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
    clearTimeout(state.exerciseTimer);
    if (!pause || therapist) {
        return;
    }
    $('pause-why').textContent = PAUSE_REASONS[pause.reason] || '';
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
    const pause = state.pause;
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
    state.exerciseTimer = setTimeout(() => runExercise(exercise, index + 1, cycle), step.seconds * 1000);
}

function renderPauseCountdown() {
    $('pause-countdown').textContent = pauseCountdown(state.pause);
}

export function initPause() {
    setInterval(() => { if (state.pause && !state.pause.checkingIn) renderPauseCountdown(); }, 1000);
    $('pause-open').addEventListener('click', () => { $('pause-form').hidden = false; $('pause-reason').focus(); });
    $('pause-cancel').addEventListener('click', () => { $('pause-form').hidden = true; });
    $('pause-form').addEventListener('submit', (event) => {
        event.preventDefault();
        const reason = $('pause-reason').value;
        const minutes = Number($('pause-length').value);
        // A pause for flooding lasts at least twenty minutes.
        send({ type: 'request_pause', reason, minutes: reason === 'flooded' ? Math.max(20, minutes) : minutes });
        $('pause-form').hidden = true;
    });
    $('ready').addEventListener('click', () => {
        const calm = $('calm').value;
        send({ type: 'ready', ...(calm ? { calm: Number(calm) } : {}) });
    });
}
