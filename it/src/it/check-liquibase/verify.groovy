import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean()
build.invocation(2).candidateBuilt(provider, 'Liquibase', 3).logContains('SchemaParity PASS', 'BUILD SUCCESS')
def report = build.report()
assert report.get('expected').get('source').asText() == 'migrations'
assert report.get('actual').get('source').asText() == 'snapshot'
assert report.get('verdict').asText() == 'PASS'
assert ItBuild.failingKeys(report) == []
// Liquibase's tables exist only in the candidate: ignored by default
assert ItBuild.allowedKeys(report) == [
        'TABLE public.databasechangelog MISSING (ignored by pattern \'*.databasechangelog\')',
        'TABLE public.databasechangeloglock MISSING (ignored by pattern \'*.databasechangeloglock\')']
return true
