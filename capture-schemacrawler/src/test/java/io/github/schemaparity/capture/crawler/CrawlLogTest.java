package io.github.schemaparity.capture.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class CrawlLogTest {
    private static final Logger RETRIEVER = Logger.getLogger("schemacrawler.crawl.SomeRetriever");

    @Test
    void keepsTheFirstWarningWithItsCauseAndWithoutTheQueryText() {
        try (CrawlLog log = CrawlLog.capture()) {
            RETRIEVER.log(Level.INFO, "Retrieving tables");
            RETRIEVER.log(Level.WARNING, "Error executing SQL <SELECT 1 FROM secret>",
                    new SQLException("permission denied for table secret"));
            RETRIEVER.log(Level.WARNING, "Could not retrieve triggers");

            assertThat(log.firstWarning()).isEqualTo("Error executing SQL: permission denied for table secret");
            assertThat(log.firstCause()).hasMessage("permission denied for table secret");
        }
    }

    @Test
    void informationIsNotAWarning() {
        try (CrawlLog log = CrawlLog.capture()) {
            RETRIEVER.log(Level.INFO, "Retrieving tables");
            Logger.getLogger("us.fatehi.utility.Something").log(Level.INFO, "noise");

            assertThat(log.firstWarning()).isNull();
        }
    }

    @Test
    void putsTheLoggersBackAsTheyWere() {
        Logger schemacrawler = Logger.getLogger("schemacrawler");
        Level before = schemacrawler.getLevel();
        int handlers = schemacrawler.getHandlers().length;
        try (CrawlLog log = CrawlLog.capture()) {
            assertThat(schemacrawler.getLevel()).isEqualTo(Level.WARNING);
            assertThat(log.firstWarning()).isNull();
        }
        assertThat(schemacrawler.getLevel()).isEqualTo(before);
        assertThat(schemacrawler.getHandlers()).hasSize(handlers);
        assertThat(schemacrawler.getUseParentHandlers()).isTrue();
    }
}
