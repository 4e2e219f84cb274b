// lake:verify failed the build: the log names the entry and the anchor, located in the lake file,
// and the failure reads as lake-junit's assertion does; no stack trace.
def log = new File(basedir, 'build.log').text
def lake = new File(basedir, 'target/lake.json')

assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains("[ERROR] ${lake}:54:9 /entries/0/evidence/0 error LAKE-V001: entry 'writer-fencing', anchor 0 (run-output runs/fencing.log): " +
    'expected sha256 d3f42f36cb95e0ecd31b8d7efb9a2a5a369513bfc0d4f1e6ed8d0e9b8063d5ad but was sha256 ')
assert log =~ /(?s)Failed to execute goal io\.experiencelake:lake-maven-plugin:[^ ]+:verify \(verify-evidence\) on project fencing-lake: Expecting lake of 'Robin Writer':\n\[ERROR\]   1 entry in 1 cluster\n\[ERROR\] to be backed by verified evidence, but 1 entry is not:\n\[ERROR\]   entry 'writer-fencing' \(\/entries\/0\):\n\[ERROR\]     anchor 0 \(run-output runs\/fencing.log\): expected sha256 d3f42f36/
assert log.contains('  1 entry: 0 defensible, 1 not defensible (writer-fencing)')
assert !(log =~ /\tat [a-z]/)

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lake/lake.sarif'))
assert sarif.runs[0].results*.ruleId == ['LAKE-V001']
return true
