package io.github.schemaparity.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.snapshot.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidateCacheTest {
    private static final Catalog PG = new Catalog(Engine.POSTGRESQL, "17.6", List.of(), List.of(), List.of());

    @TempDir
    Path folder;

    @Test
    void storesAndFindsAnEntry() {
        CandidateCache cache = new CandidateCache(folder.resolve("cache"));
        CandidateKey key = key('a');
        assertThat(cache.lookup(key, Engine.POSTGRESQL)).isInstanceOf(CandidateCache.Miss.class);

        Path file = cache.store(key, Snapshot.of(List.of("app"), PG));

        assertThat(file.getFileName().toString()).isEqualTo("candidate-" + key.hash() + ".json");
        CandidateCache.Lookup lookup = cache.lookup(key, Engine.POSTGRESQL);
        assertThat(lookup).isInstanceOfSatisfying(CandidateCache.Hit.class, hit -> {
            assertThat(hit.snapshot().catalog()).isEqualTo(PG);
            assertThat(hit.snapshot().schemas()).containsExactly("app");
        });
    }

    @Test
    void aCorruptOrForeignEntryIsReportedAndRemoved() throws Exception {
        CandidateCache cache = new CandidateCache(folder);
        CandidateKey garbage = key('b');
        Files.writeString(cache.file(garbage), "not json");
        CandidateKey mysql = key('c');
        cache.store(mysql, Snapshot.of(List.of(), new Catalog(Engine.MYSQL, "8.0.36", List.of(), List.of(), List.of())));

        assertThat(cache.lookup(garbage, Engine.POSTGRESQL)).isInstanceOfSatisfying(CandidateCache.Corrupt.class,
                corrupt -> assertThat(corrupt.reason()).startsWith("Snapshot file " + cache.file(garbage) + " is corrupt"));
        assertThat(cache.lookup(mysql, Engine.POSTGRESQL)).isInstanceOfSatisfying(CandidateCache.Corrupt.class,
                corrupt -> assertThat(corrupt.reason()).isEqualTo("it holds a mysql catalog, not postgresql"));
        assertThat(cache.file(garbage)).doesNotExist();
        assertThat(cache.file(mysql)).doesNotExist();
    }

    @Test
    void keepsOnlyTheMostRecentlyUsedEntries() throws Exception {
        CandidateCache cache = new CandidateCache(folder);
        for (int i = 0; i < CandidateCache.KEPT; i++) {
            CandidateKey key = key((char) ('0' + i));
            cache.store(key, Snapshot.of(List.of(), PG));
            Files.setLastModifiedTime(cache.file(key), FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        // Using the oldest entry makes it recent again.
        assertThat(cache.lookup(key('0'), Engine.POSTGRESQL)).isInstanceOf(CandidateCache.Hit.class);

        cache.store(key('e'), Snapshot.of(List.of(), PG));
        cache.store(key('f'), Snapshot.of(List.of(), PG));

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString().substring("candidate-".length(), "candidate-".length() + 1)))
                    .containsExactlyInAnyOrder("0", "3", "4", "5", "6", "7", "e", "f");
        }
    }

    private static CandidateKey key(char first) {
        return new CandidateKey(first + "0".repeat(63));
    }
}
