import io.github.schemaparity.it.ItBuild
import java.nio.file.Files

def canary = 'Kx9q@Zw7&Vb3/Np5%Lm'
// raw, URL-encoded (both spaces), and the pieces a driver or a parser sees when a delimiter cuts it
def forms = [canary, URLEncoder.encode(canary, 'UTF-8'), 'Kx9q', 'Zw7&', '&Vb3', 'Vb3/Np5', 'Np5%Lm', '%Lm']
def build = ItBuild.of(basedir)
def noCanary = { String where, String text ->
    forms.each { form -> assert !text.contains(form): "$where shows the password (as '$form')" }
}
(1..15).each { n ->
    def part = build.invocation(n)
    noCanary("invocation $n", part.log())
    if (![2, 4, 6, 8, 10, 12, 14, 15].contains(n)) {
        part.clean()
    }
}
// -e shows causes (Caused by), but without the password
assert build.invocation(4).log().contains('Caused by:')
assert build.invocation(8).log().contains("Unsupported database 'oracle' in jdbc:oracle:thin:postgres/****@localhost:1521:prod")
assert build.invocation(12).log().contains('connection refused')
// each URL with a password warns once; settings.xml credentials do not
(1..14).each { n ->
    assert build.invocation(n).count('holds a password, which Maven prints with every parameter under -X') == 1:
            "invocation $n warns once"
}
build.invocation(15).logLacks('holds a password').logContains('credentials from settings.xml server \'canary-replica\'')
build.invocation(16).logContains('[WARNING] The JDBC URL in schemaparity.reference holds a password')
// under -X only Maven's own parameter dump shows it, which is what the warning is about
build.invocation(16).log().readLines().findAll { line -> forms.any { line.contains(it) } }.each { line ->
    assert line.startsWith('[DEBUG]'): "only Maven's -X dump may show the URL password: $line"
}
build.invocation(9).logContains('SchemaParity PASS')
build.invocation(11).logContains('SchemaParity FAIL')
// reports, snapshots, baseline, cache: every file the builds wrote
Files.walk(basedir.toPath()).filter { Files.isRegularFile(it) }
        .filter { !it.fileName.toString().endsWith('.properties') && !it.fileName.toString().endsWith('.groovy') }
        .filter { it.fileName.toString() != 'build.log' }
        .filter { !it.toString().contains('/.mvn/') }
        .each { file ->
            def bytes = Files.readAllBytes(file)
            noCanary(basedir.toPath().relativize(file).toString(), new String(bytes, 'ISO-8859-1'))
        }
assert new File(basedir, 'snapshots/production.json').exists()
assert new File(basedir, 'src/test/resources/schemaparity/baseline.json').exists()
return true
