import io.github.schemaparity.it.ItBuild
import io.github.schemaparity.it.ItDatabases

def build = ItBuild.of(basedir).clean().noErrorsOrWarnings()
assert !new File(basedir, '.mvn/maven.config').text.contains(ItDatabases.SECRET)
build.invocation(1).logContains("as it (credentials from settings.xml server 'prod-replica')", 'snapshot written',
        'BUILD SUCCESS')
build.invocation(2).logContains('as it (credentials from environment SCHEMAPARITY_REFERENCE_USER, '
        + 'SCHEMAPARITY_REFERENCE_PASSWORD)', 'snapshot written', 'BUILD SUCCESS')
for (name in ['from-settings', 'from-environment']) {
    def snapshot = new File(basedir, "snapshots/${name}.json")
    assert snapshot.exists()
    assert snapshot.text.contains('"customers"')
    assert !snapshot.text.contains(ItDatabases.SECRET)
}
return true
