import io.github.schemaparity.it.ItBuild
import io.github.schemaparity.it.ItDatabases

def build = ItBuild.of(basedir).clean()
        .candidateBuilt(provider, 'Flyway', 2)
        .logContains('SchemaParity FAIL', 'public.orders.orders_customer_idx', 'public.customers.phone', 'BUILD FAILURE')
def report = build.report()
assert report.get('actual').get('source').asText() == 'jdbc'
assert report.get('verdict').asText() == 'FAIL'
assert ItBuild.failingKeys(report) == [
        'COLUMN public.customers.phone UNEXPECTED',
        'INDEX public.orders.orders_customer_idx MISSING']

// Both sides named as the user gave them: the reference's masked URL and settings.xml server, the
// candidate's migrations, tool and provider; the URL's password masked everywhere.
def reference = build.log().readLines().find { it.startsWith('[INFO] reference (actual): jdbc:postgresql://') }
assert reference != null: 'no reference line in build.log'
assert reference ==~ /.*jdbc:postgresql:\/\/localhost:\d+\/it_production_\d+_\d+\?user=postgres&password=\*\*\*\* .*/
assert reference.contains('(settings.xml server canary-replica), postgresql ')
def candidate = build.log().readLines().find { it.startsWith('[INFO] candidate (expected): Flyway filesystem:') }
assert candidate != null: 'no candidate line in build.log'
assert candidate.contains(" on ${provider}")

def actual = report.get('actual').get('origin')
assert actual.get('role').asText() == 'reference'
assert actual.get('location').asText() ==~ /jdbc:postgresql:\/\/localhost:\d+\/it_production_\d+_\d+\?user=postgres&password=\*\*\*\*/
assert actual.get('serverId').asText() == 'canary-replica'
assert actual.get('capturedAt').isNull() && actual.get('tool').isNull()
assert actual.get('description').asText() == reference.substring('[INFO] '.length())
def expected = report.get('expected').get('origin')
assert expected.get('role').asText() == 'candidate'
assert expected.get('tool').asText() == 'Flyway'
assert expected.get('location').asText().startsWith('filesystem:')
assert expected.get('provider').asText().startsWith(provider)
def files = ['report.json', 'report.md', 'report.html', 'TEST-schemaparity.xml'].collect {
    new File(basedir, "target/schemaparity/${it}").text
}
files.each { assert !it.contains(ItDatabases.SECRET) }
assert files[1].contains('(settings.xml server canary-replica), postgresql ')
assert files[2].contains('<dt>Server id</dt><dd>canary-replica</dd>')
assert files[3].contains('name="actual.origin" value="reference (actual): jdbc:postgresql://')
return true
