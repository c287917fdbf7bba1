// A soft chime when it becomes this person's turn, made on the spot with
// WebAudio (no sound file). Off until the person switches it on: a room is a
// calm place, a partner may be in the same house, and a browser plays sound
// only after the person has touched the page. The choice is kept on this
// device (localStorage), and says nothing about any room.

const KEY = 'attune.turnChime';

/** Whether the person asked for the chime on this device. */
export function chimeOn(storage = globalThis.localStorage) {
    try {
        return storage?.getItem(KEY) === 'on';
    } catch (e) {
        return false;
    }
}

export function setChime(on, storage = globalThis.localStorage) {
    try {
        storage?.setItem(KEY, on ? 'on' : 'off');
    } catch (e) {
        // Storage may be unavailable (a private window): the switch then lasts as long as the page.
    }
}

let context = null;

/** Two quiet notes, rising, under half a second; nothing when the chime is off or the browser has no WebAudio. */
export function chime() {
    const Audio = globalThis.AudioContext || globalThis.webkitAudioContext;
    if (!chimeOn() || !Audio) {
        return false;
    }
    context = context || new Audio();
    const start = context.currentTime + 0.02;
    [523.25, 659.25].forEach((frequency, i) => {
        const tone = context.createOscillator();
        const gain = context.createGain();
        const at = start + i * 0.18;
        tone.type = 'sine';
        tone.frequency.value = frequency;
        gain.gain.setValueAtTime(0.0001, at);
        gain.gain.exponentialRampToValueAtTime(0.06, at + 0.03);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.3);
        tone.connect(gain).connect(context.destination);
        tone.start(at);
        tone.stop(at + 0.32);
    });
    return true;
}

/** Lets the browser play the chime later: called from the person's own click on the switch. */
export function unlockChime() {
    const Audio = globalThis.AudioContext || globalThis.webkitAudioContext;
    if (Audio) {
        context = context || new Audio();
        context.resume?.();
    }
}
