package org.attune.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import org.attune.domain.transcript.RoomEvent;
import org.junit.jupiter.api.Test;

class AtRestCipherTest {

    private static final String ROOM = "6f1c2d9e-0000-4000-8000-000000000001";
    private final SecretKey dataKey = AtRestCipher.newDataKey();
    private final RoomEvent.Words words = new RoomEvent.Words("I felt left out — again 💔", "hits", 11L);

    @Test
    void sealedWordsOpenAsTheyWereAndShowNothingOfThem() {
        byte[] sealed = AtRestCipher.seal(dataKey, ROOM, 7, words);

        assertThat(AtRestCipher.open(dataKey, ROOM, 7, sealed)).isEqualTo(words);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("left out");
        assertThat(AtRestCipher.seal(dataKey, ROOM, 7, words)).isNotEqualTo(sealed);
    }

    @Test
    void absentWordsStayAbsentAndTheLongestTextFitsItsColumn() {
        RoomEvent.Words onlyAmount = new RoomEvent.Words(null, null, 0L);
        assertThat(AtRestCipher.open(dataKey, ROOM, 1, AtRestCipher.seal(dataKey, ROOM, 1, onlyAmount)))
                .isEqualTo(onlyAmount);

        RoomEvent.Words longest =
                new RoomEvent.Words("ﾟ".repeat(RoomEvent.MAX_TEXT_LENGTH), "ﾟ".repeat(RoomEvent.MAX_DETAIL_LENGTH), 1L);
        byte[] sealed = AtRestCipher.seal(dataKey, ROOM, 2, longest);
        assertThat(sealed.length).isLessThanOrEqualTo(RoomEvent.MAX_SEALED_LENGTH);
        assertThat(AtRestCipher.open(dataKey, ROOM, 2, sealed)).isEqualTo(longest);
    }

    @Test
    void wordsMovedToAnotherSeqOrRoomDoNotOpen() {
        byte[] sealed = AtRestCipher.seal(dataKey, ROOM, 7, words);

        assertThatThrownBy(() -> AtRestCipher.open(dataKey, ROOM, 8, sealed))
                .isInstanceOf(AtRestCipher.NotOpened.class)
                .hasMessageContaining("Event 8 of room " + ROOM);
        assertThatThrownBy(() -> AtRestCipher.open(dataKey, "another-room", 7, sealed))
                .isInstanceOf(AtRestCipher.NotOpened.class);
    }

    @Test
    void changedWordsDoNotOpen() {
        byte[] sealed = AtRestCipher.seal(dataKey, ROOM, 7, words);
        for (int i : new int[] {0, 1, 13, sealed.length / 2, sealed.length - 1}) {
            byte[] changed = sealed.clone();
            changed[i] ^= 0x01;
            assertThatThrownBy(() -> AtRestCipher.open(dataKey, ROOM, 7, changed))
                    .isInstanceOf(AtRestCipher.NotOpened.class);
        }
        assertThatThrownBy(() -> AtRestCipher.open(dataKey, ROOM, 7, new byte[5]))
                .isInstanceOf(AtRestCipher.NotOpened.class);
    }

    @Test
    void anotherRoomsKeyDoesNotOpen() {
        byte[] sealed = AtRestCipher.seal(dataKey, ROOM, 7, words);

        assertThatThrownBy(() -> AtRestCipher.open(AtRestCipher.newDataKey(), ROOM, 7, sealed))
                .isInstanceOf(AtRestCipher.NotOpened.class);
    }

    @Test
    void aWrappedKeyOpensOnlyWithTheOperatorsKeyItWasWrappedByAndForItsRoom() {
        SecretKey operator = AtRestCipher.newDataKey();
        byte[] wrapped = AtRestCipher.wrap(operator, "1", ROOM, dataKey);

        assertThat(AtRestCipher.unwrap(operator, "1", ROOM, wrapped).getEncoded())
                .isEqualTo(dataKey.getEncoded());
        assertThat(wrapped.length).isEqualTo(1 + 12 + 32 + 16);
        assertThatThrownBy(() -> AtRestCipher.unwrap(AtRestCipher.newDataKey(), "1", ROOM, wrapped))
                .isInstanceOf(AtRestCipher.NotOpened.class)
                .hasMessageContaining("does not open with the operator's key 1 (ATTUNE_DATA_KEY)");
        assertThatThrownBy(() -> AtRestCipher.unwrap(operator, "1", "another-room", wrapped))
                .isInstanceOf(AtRestCipher.NotOpened.class);
        assertThatThrownBy(() -> AtRestCipher.unwrap(operator, "2", ROOM, wrapped))
                .isInstanceOf(AtRestCipher.NotOpened.class);
    }
}
