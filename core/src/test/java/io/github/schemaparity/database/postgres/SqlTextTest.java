package io.github.schemaparity.database.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlTextTest {

    @Test
    void foldsWhitespaceCaseAndSpacesAroundPunctuation() {
        assertThat(SqlText.normalize("SELECT  a,b FROM t")).isEqualTo(SqlText.normalize("select a, b\nfrom t"))
                .isEqualTo("select a, b from t");
        assertThat(SqlText.normalize("  count( * )  ;  ")).isEqualTo("count(*)");
    }

    @Test
    void dropsLineAndNestedBlockComments() {
        assertThat(SqlText.normalize("SELECT 1 -- one\n + /* a /* nested */ comment */ 2"))
                .isEqualTo("select 1 + 2");
    }

    @Test
    void keepsStringLiteralsAndQuotedIdentifiersVerbatim() {
        assertThat(SqlText.normalize("SELECT 'It''s  A -- Test', \"Mixed  Case\" FROM T"))
                .isEqualTo("select 'It''s  A -- Test', \"Mixed  Case\" from t");
        assertThat(SqlText.normalize("SELECT E'a\\'  B' AS X")).isEqualTo("select e'a\\'  B' as x");
    }

    @Test
    void keepsDollarQuotedTextButNotPositionalParameters() {
        assertThat(SqlText.normalize("EXECUTE $q$SELECT  X$q$ USING $1, $$ A $$"))
                .isEqualTo("execute $q$SELECT  X$q$ using $1, $$ A $$");
    }

    @Test
    void aWordEndingInEIsNotAnEscapeStringPrefix() {
        assertThat(SqlText.normalize("WHERE name = 'a\\' OR TRUE")).isEqualTo("where name = 'a\\' or true");
        assertThat(SqlText.normalize("SELECT e 'x'")).isEqualTo("select e 'x'");
    }

    @Test
    void removesEveryTrailingSemicolon() {
        assertThat(SqlText.normalize("BEGIN RETURN NEW; END;\n")).isEqualTo("begin return new; end");
    }

    @Test
    void foldWhitespaceKeepsCaseAndLiterals() {
        assertThat(SqlText.foldWhitespace("  (a >\n   0)  AND b = 'x   y'")).isEqualTo("(a > 0) AND b = 'x   y'");
        assertThat(SqlText.foldWhitespace("   ")).isNull();
        assertThat(SqlText.foldWhitespace(null)).isNull();
        assertThat(SqlText.normalize(null)).isNull();
    }
}
