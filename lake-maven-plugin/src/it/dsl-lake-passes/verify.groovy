// The DSL lake was written to target/lake.json, its claims passed as unit tests, and the plugin
// checked and verified it: a parallel build with no warning about thread safety.
def log = new File(basedir, 'build.log').text
def lake = new File(basedir, 'target/lake.json')

assert lake.isFile()
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains("${lake}: valid, 1 entry, 0 errors, 0 warnings")
assert log.contains("verified against ${new File(basedir, 'evidence')}:")
assert log.contains('  2 anchors: 2 verified, 0 mismatch, 0 missing, 0 rejected, 0 not run, 0 unverifiable')
assert log.contains('  1 entry: 1 defensible, 0 not defensible')
assert !log.contains('thread-safe') && !log.contains('threadSafe')
assert !log.contains('[WARNING]')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lake/lake.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results == []
return true
