# SPDX-License-Identifier: GPL-2.0-or-later
# fish completion for ktriage(1).  Formats come from "ktriage scan
# --list-formats" and signature ids from "ktriage signatures list".

set -l ktriage_cmds scan signatures explain history bisect update version help

function __ktriage_sigs
	ktriage signatures list 2>/dev/null | string replace -r '\s.*' ''
end

complete -c ktriage -f -n "not __fish_seen_subcommand_from $ktriage_cmds" -a scan -d 'find and describe crash reports in logs (the default)'
complete -c ktriage -f -n "not __fish_seen_subcommand_from $ktriage_cmds" -a signatures -d 'compile, lint, list, show and publish signatures'
complete -c ktriage -f -n "not __fish_seen_subcommand_from $ktriage_cmds" -a explain -d 'print one known-bug signature in full'
complete -c ktriage -f -n "not __fish_seen_subcommand_from $ktriage_cmds" -a history -d 'the crash history recorded by scan --record'
complete -c ktriage -f -n "not __fish_seen_subcommand_from $ktriage_cmds" -a bisect -d 'drive and read git bisect'
complete -c ktriage -f -n "not __fish_seen_subcommand_from $ktriage_cmds" -a update -d 'fetch a newer signature database'
complete -c ktriage -f -n "not __fish_seen_subcommand_from $ktriage_cmds" -a version -d 'print the version'
complete -c ktriage -f -n "not __fish_seen_subcommand_from $ktriage_cmds" -a help -d 'show help for a command'
# logs: files, as the default command (scan) reads them
complete -c ktriage -F -n "not __fish_seen_subcommand_from signatures explain history bisect update version help"

# scan (also with no command)
set -l scan_cond "not __fish_seen_subcommand_from signatures explain history bisect update version help"
complete -c ktriage -n $scan_cond -s f -l format -x -a '(ktriage scan --list-formats 2>/dev/null)' -d 'output format'
complete -c ktriage -n $scan_cond -l list-formats -d 'print the output formats'
complete -c ktriage -n $scan_cond -l color -x -a 'auto always never' -d 'colour text output'
complete -c ktriage -n $scan_cond -l label -x -d 'name the input in the output'
complete -c ktriage -n $scan_cond -s v -l verbose -d "also print each report's lines"
complete -c ktriage -n $scan_cond -s r -l recursive -d 'read directories recursively'
complete -c ktriage -n $scan_cond -s q -l quiet -d 'print nothing: exit status only'
complete -c ktriage -n $scan_cond -s l -l files-with-reports -d 'print the names of inputs with a crash report'
complete -c ktriage -n $scan_cond -s c -l count -d "print each input's number of crash reports"
complete -c ktriage -n $scan_cond -l unknown-only -d 'only reports that match no signature'
complete -c ktriage -n $scan_cond -s j -l jobs -x -d 'scan N inputs in parallel'
complete -c ktriage -n $scan_cond -l db -r -F -d 'signature database'
complete -c ktriage -n $scan_cond -l min-confidence -x -a 'low medium high' -d 'weakest match reported'
complete -c ktriage -n $scan_cond -l record -d 'store every report in the crash history'
complete -c ktriage -n $scan_cond -l history -r -F -d 'history file for --record'
complete -c ktriage -n $scan_cond -l origin -x -d 'kcidb: origin'
complete -c ktriage -n $scan_cond -l test-id -x -d 'kcidb: test id'
complete -c ktriage -n $scan_cond -l build-id -x -d 'kcidb: build id'
complete -c ktriage -n $scan_cond -l max-line-length -x -d 'bytes of a line kept'
complete -c ktriage -n $scan_cond -l max-report-lines -x -d 'lines kept per report'
complete -c ktriage -n $scan_cond -l max-reports -x -d 'reports shown per input'
complete -c ktriage -n $scan_cond -l max-frames -x -d 'frames kept per report'
complete -c ktriage -n $scan_cond -l context-lines -x -d 'lines kept from before each report'
complete -c ktriage -n $scan_cond -l timeout -x -d 'URL inputs: give up after DURATION'
complete -c ktriage -n $scan_cond -l cacert -r -F -d 'URL inputs: CA certificates'
complete -c ktriage -n $scan_cond -l insecure -d "URL inputs: do not verify TLS"

# signatures
complete -c ktriage -f -n "__fish_seen_subcommand_from signatures; and not __fish_seen_subcommand_from compile lint list show publish" -a 'compile lint list show publish'
complete -c ktriage -f -n "__fish_seen_subcommand_from show explain" -a '(__ktriage_sigs)' -d signature
complete -c ktriage -n "__fish_seen_subcommand_from signatures explain" -l db -r -F -d 'signature database'
complete -c ktriage -n "__fish_seen_subcommand_from compile publish" -s o -l output -r -F -d 'output'
complete -c ktriage -n "__fish_seen_subcommand_from compile publish" -l db-version -x -d 'database version'
complete -c ktriage -n "__fish_seen_subcommand_from publish" -l key -r -F -d 'Ed25519 private key (PEM)'
complete -c ktriage -n "__fish_seen_subcommand_from publish" -l expires -x -d 'days until the manifest expires'
complete -c ktriage -n "__fish_seen_subcommand_from publish" -l base-url -x -d 'URL the database is served from'

# bisect, history, update, version, help
complete -c ktriage -f -n "__fish_seen_subcommand_from bisect; and not __fish_seen_subcommand_from run annotate" -a 'run annotate'
complete -c ktriage -n "__fish_seen_subcommand_from bisect" -s s -l signature -x -a '(__ktriage_sigs)' -d 'bad: a report matching this signature'
complete -c ktriage -n "__fish_seen_subcommand_from history" -l signature -x -a '(__ktriage_sigs)' -d 'only this signature'
complete -c ktriage -n "__fish_seen_subcommand_from history" -l by -x -a 'signature fingerprint' -d 'group by'
complete -c ktriage -n "__fish_seen_subcommand_from history" -l since -x -d 'only since WHEN'
complete -c ktriage -n "__fish_seen_subcommand_from history" -s f -l format -x -a 'text json' -d 'output format'
complete -c ktriage -n "__fish_seen_subcommand_from version" -s v -l verbose -d 'also the library versions'
complete -c ktriage -f -n "__fish_seen_subcommand_from help" -a "$ktriage_cmds"
