import io.github.schemaparity.it.ItBuild

// Three real databases in one check: dev at V5 of 5, staging at V4, production at V3 plus a hand-made index.
def all = ItBuild.of(basedir).clean()

// 1: one candidate build per needed version (three versions: three builds), the matrix, production fails alone.
def failing = all.invocation(1)
failing.logContains('[dev] migrated candidate with Flyway: 5 migrations applied in ',
        '[staging] migrated candidate with Flyway: 4 migrations applied in ',
        '[production] migrated candidate with Flyway: 3 migrations applied in ',
        'candidates: 3 candidate builds (0 more from the cache), reused 0 times for 3 environments',
        'only production differs: INDEX public.orders.orders_hotfix_idx UNEXPECTED',
        '[ERROR] production FAIL: 1 difference not allowed by the policy (see production/report.json)',
        'SchemaParity: 1 of 3 environments failed: production (1 difference not allowed by the policy)')
assert failing.count('Candidate provider:') == 3
def row = { ItBuild b, String name -> b.log().readLines().find { it ==~ /\[INFO\]   ${name} +postgresql .*/ } }
assert row(failing, 'dev') ==~ /.*dev +postgresql \S+ +5 +0 +0 +0 +PASS/
assert row(failing, 'staging') ==~ /.*staging +postgresql \S+ +4 +1 \(5\) +0 +0 +PASS/
assert row(failing, 'production') ==~ /.*production +postgresql \S+ +3 +2 \(4, 5\) +1 \(MEDIUM 1; 1 failing\) +0 +FAIL/
assert failing.failureLine().contains('production') && !failing.failureLine().contains('staging')
        && !failing.failureLine().contains('dev (')

// 2: production's own rule allows the hotfix: every environment passes; the candidates come from the cache.
def passing = all.invocation(2)
passing.noCandidateStarted().logContains('candidates: 0 candidate builds (3 more from the cache), reused 0 times',
        'only production differs: INDEX public.orders.orders_hotfix_idx UNEXPECTED', 'BUILD SUCCESS')
assert row(passing, 'production') ==~ /.*production +postgresql \S+ +3 +2 \(4, 5\) +1 \(MEDIUM 1\) +0 +PASS/

def report = all.report()
assert report.get('format').asText() == 'schemaparity-environments/1'
assert report.get('verdict').asText() == 'PASS'
def envs = report.get('environments')
assert envs*.get('name')*.asText() == ['dev', 'staging', 'production']
assert envs*.get('appliedVersion')*.asText() == ['5', '4', '3']
assert envs*.get('pending')*.get('count')*.asInt() == [0, 1, 2]
assert envs.get(2).get('pending').get('migrations')*.asText() == ['4', '5']
assert envs*.get('drift')*.get('count')*.asInt() == [0, 0, 1]
def hotfix = envs.get(2).get('drift').get('differences')
assert hotfix.size() == 1
assert hotfix.get(0).get('type').asText() == 'INDEX'
assert hotfix.get(0).get('object').asText() == 'public.orders.orders_hotfix_idx'
assert hotfix.get(0).get('change').asText() == 'UNEXPECTED'
assert hotfix.get(0).get('allowed').asBoolean()
// Each environment keeps its own full report (today's format) in a folder of its name.
assert all.report('target/schemaparity/production/report.json').get('format').asText() == 'schemaparity-report/1'
assert all.report('target/schemaparity/staging/report.json').get('pending').size() == 1
def xml = new File(basedir, 'target/schemaparity/TEST-schemaparity.xml').text
assert xml.count('<testsuite ') == 3 && xml.contains('name="schemaparity.production"')
assert new File(basedir, 'target/schemaparity/report.md').text.contains('| production | postgresql')
assert new File(basedir, 'target/schemaparity/report.html').text.contains('<h2 id="env-production">')
return true
