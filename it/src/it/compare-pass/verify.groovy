import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean().logContains('SchemaParity PASS', 'BUILD SUCCESS')
def report = build.report()
assert report.get('format').asText() == 'schemaparity-report/1'
assert report.get('verdict').asText() == 'PASS'
assert report.get('differences').size() == 0
assert report.get('expected').get('source').asText() == 'jdbc'
assert report.get('expected').get('engine').asText() == 'postgresql'
assert report.get('actual').get('version').asText().startsWith('17.')
return true
