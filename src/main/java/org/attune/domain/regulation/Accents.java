package org.attune.domain.regulation;

/**
 * Letters read without their accents, as people type French both ways
 * ("sécurité", "securite"): for the safety screen's cues and its learned layer.
 */
final class Accents {

    private Accents() {}

    /**
     * The text with the accents of Latin letters folded ("é" read as "e"),
     * every character where it was; English text is unchanged.
     */
    static String fold(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0xc0) {
                continue;
            }
            char folded = folded(c);
            if (folded != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = folded;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static final String ACCENTED = "àáâãäåæçèéêëìíîïñòóôõöœùúûüýÿ";
    private static final String PLAIN = "aaaaaaaceeeeiiiinoooooouuuuyy";

    private static char folded(char c) {
        int at = ACCENTED.indexOf(c);
        return at < 0 ? c : PLAIN.charAt(at);
    }
}
