package io.github.schemaparity.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import org.junit.jupiter.api.Test;

/** user:password@host read by SchemaParity, and every URL form masked. */
class UrlCredentialsTest {

    @Test
    void takesTheUserInformationOutOfTheUrlDecoded() {
        assertThat(UrlCredentials.of("jdbc:mariadb://app:p%40ss%3Aw%2Fd+1@db:3306/shop?useSSL=false"))
                .isEqualTo(new UrlCredentials("jdbc:mariadb://db:3306/shop?useSSL=false", "app", "p@ss:w/d+1"));
        assertThat(UrlCredentials.of("jdbc:mysql://app:raw@at@db/shop"))
                .isEqualTo(new UrlCredentials("jdbc:mysql://db/shop", "app", "raw@at"));
        assertThat(UrlCredentials.of("jdbc:postgresql://app@db/shop"))
                .isEqualTo(new UrlCredentials("jdbc:postgresql://db/shop", "app", null));
        assertThat(UrlCredentials.of("jdbc:postgresql://db/shop?user=a@b.c").present()).isFalse();
        assertThat(UrlCredentials.of("jdbc:mysql:replication://h1,h2/shop").present()).isFalse();
    }

    @Test
    void explicitCredentialsWinOverTheUrlsAndTheDriverNeverSeesThem() {
        JdbcSource source = new JdbcSource("jdbc:mariadb://app:inurl@db/shop", null, "explicit");
        assertThat(source.forDriver()).isEqualTo(new JdbcSource("jdbc:mariadb://db/shop", "app", "explicit"));
        assertThat(source.effectiveUser()).isEqualTo("app");
    }

    @Test
    void anUnreadableUserInformationIsOneLineSayingHowToWriteIt() {
        assertThatThrownBy(() -> JdbcSource.of("jdbc:mariadb://app:pa/ss@db:3306/shop"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Cannot read the user and password of JDBC URL jdbc:mariadb://app:****@db:3306/shop: the"
                        + " password holds a character that ends the host part; percent-encode it (@ as %40, : as %3A,"
                        + " / as %2F, ? as %3F, # as %23, % as %25), or better leave it out of the URL: settings.xml"
                        + " (schemaparity.reference.serverId) or the environment (SCHEMAPARITY_REFERENCE_PASSWORD)")
                .message().doesNotContain("pa/ss").doesNotContain("ss@");
        assertThatThrownBy(() -> JdbcSource.of("jdbc:mysql://app:100%zz@db/shop"))
                .hasMessageStartingWith("Cannot read the user and password of JDBC URL jdbc:mysql://app:****@db/shop:"
                        + " a % in them is not followed by two hex digits")
                .message().doesNotContain("zz");
    }

    @Test
    void masksOracleAndOtherUnsupportedForms() {
        assertThatThrownBy(() -> JdbcUrls.engineOf("jdbc:oracle:thin:rp_owner/Tr0ub4dor@db:1521:prod"))
                .hasMessage("Unsupported database 'oracle' in jdbc:oracle:thin:rp_owner/****@db:1521:prod:"
                        + " SchemaParity reads jdbc:postgresql:, jdbc:mysql: and jdbc:mariadb: URLs");
        assertThat(JdbcUrls.mask("jdbc:oracle:thin:scott/ti@ger@//db:1521/svc"))
                .isEqualTo("jdbc:oracle:thin:scott/****@//db:1521/svc");
        assertThat(JdbcUrls.mask("jdbc:mariadb://app:p@ss@db:3306/shop")).isEqualTo("jdbc:mariadb://app:****@db:3306/shop");
        assertThat(JdbcUrls.mask("jdbc:db2://h:50000/x:user=u;password=s3cret;"))
                .isEqualTo("jdbc:db2://h:50000/x:user=u;password=****;");
        assertThat(JdbcUrls.mask("jdbc:postgresql://db/shop?user=app&password=pa&ss&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/shop?user=app&password=****&ssl=true");
        assertThat(JdbcUrls.mask("jdbc:postgresql://db/shop?password=pa&ss")).isEqualTo("jdbc:postgresql://db/shop?password=****");
    }

    @Test
    void aPasswordIsScrubbedRawEncodedAndInPieces() {
        JdbcSource source = new JdbcSource("jdbc:postgresql://db/shop", "app", "Sp&cial/Secret");
        assertThat(source.scrub("a Sp&cial/Secret b Sp%26cial%2FSecret c cial d Secret e Sp"))
                .isEqualTo("a **** b **** c **** d **** e Sp");
    }

    @Test
    void aRawAmpersandInAPostgresPasswordIsNamed() {
        assertThat(JdbcUrls.passwordCutByAmpersand("jdbc:postgresql://db/shop?user=u&password=pa&ss")).isTrue();
        assertThat(JdbcUrls.passwordCutByAmpersand("jdbc:postgresql://db/shop?user=u&password=pa%26ss&ssl=true")).isFalse();
    }

    @Test
    void warnsOnceAboutAPasswordInAUrl() {
        assertThat(JdbcUrls.passwordInUrlWarning("schemaparity.reference", "jdbc:postgresql://db/shop?password=x", "use Y"))
                .isEqualTo("The JDBC URL in schemaparity.reference holds a password, which Maven prints with every"
                        + " parameter under -X (and CI logs keep): use Y");
        assertThat(JdbcUrls.passwordInUrlWarning("schemaparity.reference", "jdbc:postgresql://db/shop?user=u", "Y"))
                .isNull();
        assertThat(JdbcUrls.passwordInUrlWarning("schemaparity.reference", "snapshot.json", "Y")).isNull();
    }
}
