import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean()
def baseline = new File(basedir, 'src/test/resources/schemaparity/baseline.json')

build.invocation(2).logContains('Refusing to write the baseline in CI (CI=true): acknowledging drift is a decision '
        + 'for a person; run mvn schemaparity:baseline locally and commit the file, or set '
        + '-Dschemaparity.baseline.allowInCi=true')
        .noCandidateStarted()
build.invocation(3).logContains('2 new differences need a reason to be acknowledged (INDEX public.orders.orders_hotfix_idx '
        + 'UNEXPECTED, COLUMN public.orders.status CHANGED): run again with -Dschemaparity.baseline.reason="why they '
        + 'are accepted"; the baseline file was not changed')

build.invocation(4).logContains('baseline updated: 0 kept, 2 added, 0 dropped as stale; 2 entries in ',
        '  + INDEX public.orders.orders_hotfix_idx UNEXPECTED btree(created_at)  (accepted-after-INC-42 (owner team-orders))\n',
        '  + COLUMN public.orders.status CHANGED type: varchar(50) -> varchar(255)  (accepted-after-INC-42 (owner team-orders))\n',
        'baseline written: ', 'BUILD SUCCESS')
// which database's drift the baseline acknowledges, as given: the snapshot the first invocation wrote, with its time
def snapshot = new File(basedir, 'src/test/resources/schemaparity/snapshot.json')
def capturedAt = new groovy.json.JsonSlurper().parse(snapshot).capturedAt
assert build.invocation(4).log().readLines().any {
    it.startsWith('[INFO] baseline from the comparison with reference (actual): snapshot /') &&
            it.contains("/src/test/resources/schemaparity/snapshot.json captured ${capturedAt}, postgresql ")
}
def written = new groovy.json.JsonSlurper().parse(baseline)
assert written.format == 'schemaparity-baseline/1'
assert written.entries*.object == ['public.orders.orders_hotfix_idx', 'public.orders.status']
assert written.entries*.reason == ['accepted-after-INC-42', 'accepted-after-INC-42']
assert written.entries*.owner == ['team-orders', 'team-orders']

// production has no flyway_schema_history: not compared, so not counted and no CRITICAL line
def pass = build.invocation(5).logContains('[INFO] SchemaParity PASS: 2 differences: 0 failing, 2 allowed (2 acknowledged)\n',
        '(allowed: acknowledged in baseline: accepted-after-INC-42 (owner team-orders))', 'BUILD SUCCESS')
assert pass.log().readLines().findAll { it.contains('CRITICAL') }.isEmpty()

build.invocation(6).logContains('baseline unchanged: 2 kept, 0 added, 0 dropped as stale', 'baseline file unchanged: ',
        'BUILD SUCCESS')

build.invocation(7).logContains('SchemaParity FAIL: 2 differences: 1 failing (1 MEDIUM), 1 allowed (1 acknowledged)',
        'public.orders.orders_hotfix_idx',
        '(baseline entry expired (expires 2020-01-31): hotfix INC-7, its migration was due in January (owner team-orders); '
                + 'fix the drift or extend expires)',
        'SchemaParity: 1 difference not allowed by the policy', 'BUILD FAILURE')

build.invocation(8).logContains('(denied by rule \'deny public.orders.status\')', 'BUILD FAILURE')
def report = build.report()
assert ItBuild.failingKeys(report) == ['COLUMN public.orders.status CHANGED type']
def status = report.get('differences').find { it.get('object').asText() == 'public.orders.status' }
assert status.get('baseline').get('status').asText() == 'DENIED'
assert status.get('acknowledged').asBoolean() == false
def index = report.get('differences').find { it.get('object').asText() == 'public.orders.orders_hotfix_idx' }
assert index.get('acknowledged').asBoolean()
assert index.get('baseline').get('reason').asText() == 'accepted-after-INC-42'
assert report.get('summary').get('acknowledged').asInt() == 1
assert report.get('baseline').get('entries').asInt() == 2
assert report.get('baseline').get('stale').size() == 0

build.invocation(9).logContains("Invalid risk 'COLUMN:CHANGED:type=high': 'high' is not a number; write KEY=RISK", 'BUILD FAILURE')
return true
