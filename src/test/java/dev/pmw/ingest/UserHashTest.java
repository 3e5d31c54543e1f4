package dev.pmw.ingest;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/// "Users affected" counts distinct user-id hashes: neighbouring ids must not collide.
class UserHashTest {
    @Test
    void consecutiveIdsStayDistinctAndBothEntryPointsAgree() {
        Set<Integer> hashes = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = "u_" + (50_000 + i);
            int h = LogStoreBuilder.userHash(id);
            assertEquals(h, LogStoreBuilder.userHash(id.toCharArray(), 0, id.length()));
            hashes.add(h);
        }
        assertEquals(100_000, hashes.size());
        assertEquals(0, LogStoreBuilder.userHash(""));
    }
}
