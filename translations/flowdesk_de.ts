<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <location filename="../app/application.cpp" line="66"/>
        <source>Flowdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="68"/>
        <source>The store in %1 cannot be opened.</source>
        <extracomment>%1 is the store&apos;s directory</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/commands.cpp" line="21"/>
        <source>List experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="22"/>
        <source>List the runs of an experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="23"/>
        <source>Fill the store with realistic demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="24"/>
        <source>Run the MLflow-compatible tracking server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="25"/>
        <source>Search runs with a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="26"/>
        <source>Import an MLflow mlruns folder or mlflow.db file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="28"/>
        <source>Write the store as an MLflow mlruns folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="31"/>
        <source>Write runs&apos; metric histories as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="34"/>
        <source>Which to list: active, deleted or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="36"/>
        <location filename="../app/cli/searchcommand.cpp" line="68"/>
        <source>Output format: table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="38"/>
        <source>Experiment name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="62"/>
        <location filename="../app/cli/searchcommand.cpp" line="101"/>
        <source>Unknown --view &apos;%1&apos;: use active, deleted or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="67"/>
        <location filename="../app/cli/searchcommand.cpp" line="106"/>
        <source>Unknown --format &apos;%1&apos;: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="74"/>
        <source>Name the experiment with --experiment NAME_OR_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="73"/>
        <source>Generating runs: %1% (%2 of %3), %4 runs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="104"/>
        <source>Fills the store with realistic demo data: experiments of several model families, runs with 20 params, 10 metric curves and tags, hyper-parameter sweeps (parent and child runs), failed, killed, running and deleted runs, dataset inputs, and registered models with versions, stages and the aliases champion and challenger. The same seed gives the same data. Ctrl+C stops after the last whole batch of runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="111"/>
        <source>How many runs to create (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="116"/>
        <source>Points per metric curve (default %1, which generates 100,000 runs in about a minute; every run logs 10 metrics x S points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="123"/>
        <source>Put every run into this experiment (created if missing) instead of the demo&apos;s own experiments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="127"/>
        <source>Random seed (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="144"/>
        <location filename="../app/cli/servecommand.cpp" line="127"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="152"/>
        <source>--runs must be a whole number from 0 to %1, got &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="158"/>
        <source>--steps must be a whole number from 1 to %1, got &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="164"/>
        <source>--seed must be a whole number from 0 to %1, got &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="176"/>
        <source>Invalid --experiment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="205"/>
        <source>Interrupted: %1 whole runs were written in %2 s; nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="210"/>
        <source>Generated %1 runs (%2 metric points) in %3 experiments, %4 registered models with %5 versions, in %6 s (%7 runs/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="221"/>
        <location filename="../app/cli/experimentscommand.cpp" line="112"/>
        <location filename="../app/cli/experimentscommand.cpp" line="147"/>
        <location filename="../app/cli/exportcommand.cpp" line="63"/>
        <location filename="../app/cli/exportcommand.cpp" line="109"/>
        <location filename="../app/cli/importcommand.cpp" line="90"/>
        <location filename="../app/cli/searchcommand.cpp" line="192"/>
        <location filename="../app/cli/searchcommand.cpp" line="203"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="133"/>
        <location filename="../app/cli/searchcommand.cpp" line="128"/>
        <source>No experiment named or numbered &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="18"/>
        <source>Usage: flowdesk [--store DIR] [COMMAND] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="20"/>
        <source>Without a command, opens the Flowdesk window on the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="22"/>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="24"/>
        <source>Use the store in DIR (default: $FLOWDESK_HOME, else the application data directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="26"/>
        <source>Print the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="27"/>
        <source>Print this help and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="29"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="33"/>
        <source>Run &apos;flowdesk COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="54"/>
        <source>--store needs a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="120"/>
        <source>Unknown command &apos;%1&apos;. Run &apos;flowdesk --help&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="27"/>
        <source>Writes the store as an MLflow mlruns folder that &apos;mlflow ui&apos; can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="28"/>
        <source>A new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="30"/>
        <source>Export only this experiment (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="42"/>
        <source>Name the folder to write: flowdesk export mlruns DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="54"/>
        <source>Exported %1 experiments, %2 runs, %3 registered models, %4 model versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="71"/>
        <source>Writes runs&apos; metric histories as CSV (run_id,key,step,timestamp,value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="73"/>
        <source>One or more run ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="74"/>
        <source>Only this metric (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="76"/>
        <source>Write to this file instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="89"/>
        <source>Name at least one run: flowdesk export metrics RUN_ID...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="104"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="27"/>
        <source>Imports an MLflow mlruns folder or mlflow.db file into the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="28"/>
        <source>The mlruns folder or the mlflow.db file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="30"/>
        <source>Import only this experiment (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="32"/>
        <source>Leave artifacts where they are instead of copying them into the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="46"/>
        <source>Name one mlruns folder or mlflow.db file: flowdesk import PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="65"/>
        <source>Importing %1/%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="85"/>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="54"/>
        <source>Search runs with MLflow&apos;s filter syntax (plus OR, NOT, parentheses, IS NULL, IN lists and metric aggregates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="57"/>
        <source>The filter, e.g. &quot;metrics.rmse &lt; 1 and params.model = &apos;tree&apos;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="59"/>
        <source>Experiment name or id (repeatable; default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="62"/>
        <source>Sort key with optional ASC or DESC (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="64"/>
        <source>At most this many runs (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="66"/>
        <source>Which runs: active, deleted or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="80"/>
        <source>Give the filter as one argument (quote it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="90"/>
        <source>--max-results needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="86"/>
        <source>Serves the store over MLflow&apos;s REST API, so that MLflow clients can log to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="88"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="92"/>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="94"/>
        <source>Request log: error, warning, info or debug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="98"/>
        <source>Largest REST request body in MiB (default 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="102"/>
        <source>Largest artifact upload in MiB (default 1024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="107"/>
        <source>Require HTTP basic auth; FILE has user:password lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="110"/>
        <source>Require a bearer token, read from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="112"/>
        <source>Allow listening on an address other than loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="114"/>
        <source>Request threads (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="134"/>
        <source>--host must be an IP address, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="139"/>
        <source>Refusing to listen on %1: it is reachable from other machines. Add --allow-remote to do it anyway (and consider --auth-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="144"/>
        <source>Warning: listening on %1; other machines can reach this store%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="148"/>
        <source> without any authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="153"/>
        <source>--port must be a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="159"/>
        <source>--max-body-mb must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="165"/>
        <source>--max-artifact-mb must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="171"/>
        <source>--workers must be a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="177"/>
        <source>Unknown --log-level &apos;%1&apos;: use error, warning, info or debug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="182"/>
        <source>Use either --auth-file or --token-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="201"/>
        <source>Cannot install the signal handlers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="209"/>
        <source>Stopping the tracking server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="235"/>
        <source>Flowdesk tracking server listening on %1 (store %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowdesk::ImportDialog</name>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="44"/>
        <source>Import MLflow data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="46"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="82"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="125"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="147"/>
        <source>%1 of %2: %3</source>
        <extracomment>%1 of %2 items (runs, registered models), then the item&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="162"/>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="164"/>
        <source>Nothing could be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="166"/>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="168"/>
        <source>Import finished; some items were skipped (see below).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowdesk::ItemModels::ExperimentListModel</name>
    <message>
        <location filename="../models/itemmodels/experimentlistmodel.cpp" line="190"/>
        <source>%1 (ID %2), deleted</source>
        <extracomment>Tooltip of a deleted experiment: %1 name, %2 id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/experimentlistmodel.cpp" line="195"/>
        <source>%1 (ID %2)
%Ln run(s)</source>
        <extracomment>Tooltip of an experiment: %1 name, %2 id, %3 run count</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/experimentlistmodel.cpp" line="211"/>
        <source>Experiment</source>
        <extracomment>Column headers of the experiment list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/experimentlistmodel.cpp" line="211"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowdesk::ItemModels::KeyValueTableModel</name>
    <message>
        <location filename="../models/itemmodels/keyvaluetablemodel.cpp" line="47"/>
        <source>Key</source>
        <extracomment>Column headers of the params and tags tables</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/keyvaluetablemodel.cpp" line="47"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowdesk::ItemModels::LatestMetricsModel</name>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="52"/>
        <source>%1 = %2
Logged %3 (%4)</source>
        <extracomment>Tooltip of a latest metric: %1 key, %2 exact value, %3 local time, %4 UTC time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="78"/>
        <source>Metric</source>
        <extracomment>Column header in a run&apos;s metrics table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="81"/>
        <source>Latest value</source>
        <extracomment>Column header in a run&apos;s metrics table: the latest value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="84"/>
        <source>Step</source>
        <extracomment>Column header in a run&apos;s metrics table</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowdesk::ItemModels::RunTableModel</name>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="293"/>
        <source>%1
Run ID: %2</source>
        <extracomment>Tooltip of a run&apos;s name: %1 is the run name, %2 the run id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="315"/>
        <source>Ended %1
%2</source>
        <extracomment>Tooltip of a run&apos;s duration: %1 local end time, %2 exact UTC end time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="319"/>
        <source>Still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="337"/>
        <source>Name</source>
        <extracomment>Column header in the runs table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="340"/>
        <source>Status</source>
        <extracomment>Column header in the runs table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="343"/>
        <source>Created</source>
        <extracomment>Column header in the runs table: when the run started</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="346"/>
        <source>Duration</source>
        <extracomment>Column header in the runs table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="349"/>
        <source>User</source>
        <extracomment>Column header in the runs table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="352"/>
        <source>Source</source>
        <extracomment>Column header in the runs table: the script or notebook that logged the run</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::ExperimentSidebar</name>
    <message>
        <location filename="../views/experimentsidebar.cpp" line="31"/>
        <source>EXPERIMENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/experimentsidebar.cpp" line="47"/>
        <source>Search experiments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="71"/>
        <source>Flowdesk - %1</source>
        <extracomment>Window title: %1 is the store&apos;s directory</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="118"/>
        <source>The experiments could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="155"/>
        <source>The runs could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="166"/>
        <source>This run could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="190"/>
        <source>&amp;New Experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="193"/>
        <source>Create an experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="196"/>
        <source>Create &amp;Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="199"/>
        <source>&amp;Import an MLflow Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="201"/>
        <source>Coming with the MLflow import feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="203"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="208"/>
        <source>&amp;Copy Run ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="213"/>
        <source>&amp;Find Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="220"/>
        <source>&amp;Rename Experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="224"/>
        <source>&amp;Delete Experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="229"/>
        <source>R&amp;estore Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="233"/>
        <source>Show &amp;Deleted Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="241"/>
        <source>Show &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="246"/>
        <source>Show Run &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="253"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="258"/>
        <source>&amp;Open Run Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="268"/>
        <source>&amp;Registered Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="270"/>
        <source>Coming with the model registry editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="272"/>
        <source>&amp;Add a Remote Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="274"/>
        <source>Coming with the remote sync feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="276"/>
        <source>&amp;Start the Local Tracking Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="278"/>
        <source>Coming with the embedded tracking server feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="280"/>
        <source>&amp;About Flowdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="284"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="291"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="300"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="309"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="317"/>
        <source>&amp;Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="321"/>
        <source>Re&amp;gistry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="325"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="330"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="438"/>
        <source>This experiment is deleted and had no runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="439"/>
        <source>No runs in this experiment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="527"/>
        <source>Loading runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="531"/>
        <source>%1 of %2 runs</source>
        <extracomment>Status bar: runs matching the filter of all runs in the experiment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="556"/>
        <source>New Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="557"/>
        <source>Name of the new experiment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="558"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="574"/>
        <source>Rename Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="575"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="577"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="592"/>
        <source>Delete Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="593"/>
        <source>Delete the experiment “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="599"/>
        <source>Its %Ln run(s) will be deleted with it. You can restore both from View ▸ Show Deleted Experiments.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="603"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="625"/>
        <location filename="../views/mainwindow.cpp" line="630"/>
        <source>An experiment with that name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="626"/>
        <source>The experiment could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="631"/>
        <source>The experiment could not be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="634"/>
        <source>The experiment could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="637"/>
        <source>The experiment could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="664"/>
        <source>Copied %1</source>
        <extracomment>Status bar message after copying run ids</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="695"/>
        <source>Created %Ln demo run(s)</source>
        <extracomment>Status bar message after generating demo data</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="701"/>
        <source>The demo data could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="704"/>
        <source>Creating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="704"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="706"/>
        <source>Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="722"/>
        <source>About Flowdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="725"/>
        <source>Flowdesk %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="728"/>
        <source>Experiment tracking and model registry for the desktop, compatible with MLflow.&lt;br&gt;&lt;br&gt;Store: %1&lt;br&gt;Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="739"/>
        <source>Flowdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::RunDetailsPanel</name>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="48"/>
        <location filename="../views/runs/rundetailspanel.cpp" line="264"/>
        <source>Select a run to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="93"/>
        <source>Copy the run ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="102"/>
        <source>Run ID</source>
        <extracomment>Field label in the run overview</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="105"/>
        <source>Status</source>
        <extracomment>Field label in the run overview</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="107"/>
        <source>Started</source>
        <extracomment>Field label in the run overview: start time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="109"/>
        <source>Ended</source>
        <extracomment>Field label in the run overview: end time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="111"/>
        <source>Duration</source>
        <extracomment>Field label in the run overview</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="113"/>
        <source>User</source>
        <extracomment>Field label in the run overview</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="115"/>
        <source>Source</source>
        <extracomment>Field label in the run overview: script or notebook that logged the run</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="117"/>
        <source>Git commit</source>
        <extracomment>Field label in the run overview</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="119"/>
        <source>Parent run</source>
        <extracomment>Field label in the run overview: the run this run is nested in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="121"/>
        <source>Artifact URI</source>
        <extracomment>Field label in the run overview</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="128"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="217"/>
        <source>%1, deleted</source>
        <extracomment>Status of a run that was deleted: %1 is its status, e.g. Finished</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="230"/>
        <source>%1 so far</source>
        <extracomment>Duration of a run that has not ended: %1 is the time so far</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="278"/>
        <source>Params (%L1)</source>
        <extracomment>Details tab title with the number of params</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="280"/>
        <source>Metrics (%L1)</source>
        <extracomment>Details tab title with the number of metrics</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="282"/>
        <source>Tags (%L1)</source>
        <extracomment>Details tab title with the number of tags</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::RunsPane</name>
    <message>
        <location filename="../views/runs/runspane.cpp" line="111"/>
        <source>Loading runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="121"/>
        <source>%1 (deleted)</source>
        <extracomment>Title of the runs pane for a deleted experiment</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::WelcomePage</name>
    <message>
        <location filename="../views/welcomepage.cpp" line="24"/>
        <source>Welcome to Flowdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="31"/>
        <source>This store has no runs yet. Point MLflow&apos;s Python client at Flowdesk, or start with one of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="36"/>
        <source>Create demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="37"/>
        <source>Sample experiments, runs, metric curves and models to explore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="44"/>
        <source>Import an mlruns folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="45"/>
        <source>Bring in the runs of an MLflow file store or database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="49"/>
        <source>Coming with the MLflow import feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="52"/>
        <source>Add a remote server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="52"/>
        <source>Pull runs and models from a team MLflow server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="55"/>
        <source>Coming with the remote sync feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="58"/>
        <source>Start the local tracking server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="59"/>
        <source>Let unmodified MLflow code log to this store on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="63"/>
        <source>Coming with the embedded tracking server feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="67"/>
        <source>Store: %1</source>
        <extracomment>%1 is the store&apos;s directory</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message>
        <location filename="../models/importers/artifactfiles.cpp" line="31"/>
        <source>symbolic link not copied (it could point outside the artifacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/artifactfiles.cpp" line="37"/>
        <location filename="../models/importers/artifactfiles.cpp" line="48"/>
        <location filename="../models/importers/mlrunsexporter.cpp" line="42"/>
        <location filename="../models/importers/mlrunsexporter.cpp" line="105"/>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/artifactfiles.cpp" line="56"/>
        <source>cannot copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/artifactfiles.cpp" line="70"/>
        <location filename="../models/importers/mlrunsexporter.cpp" line="45"/>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/importer.cpp" line="49"/>
        <source>the file or folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/importer.cpp" line="57"/>
        <source>neither an MLflow mlruns folder nor an MLflow SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/importreport.cpp" line="46"/>
        <source>%1: %2 imported, %3 updated, %4 unchanged, %5 skipped</source>
        <extracomment>%1 is a kind of item (runs, experiments, ...); then counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/importreport.cpp" line="53"/>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/importreport.cpp" line="54"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/importreport.cpp" line="55"/>
        <source>Registered models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/importreport.cpp" line="56"/>
        <source>Model versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/importreport.cpp" line="58"/>
        <source>Cancelled: the items above were imported before the cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="56"/>
        <source>cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="91"/>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="107"/>
        <source>cannot read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="195"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="203"/>
        <source>not an MLflow database (no experiments and runs tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="247"/>
        <location filename="../models/importers/mlrunsexporter.cpp" line="121"/>
        <location filename="../models/importers/mlrunsimporter.cpp" line="40"/>
        <source>no experiment named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="328"/>
        <source>unknown run status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsexporter.cpp" line="101"/>
        <source>the folder is not empty; export into a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsexporter.cpp" line="213"/>
        <source>param key &apos;%1&apos; cannot be a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsexporter.cpp" line="218"/>
        <source>tag key &apos;%1&apos; cannot be a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsexporter.cpp" line="225"/>
        <source>metric key &apos;%1&apos; cannot be a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsexporter.cpp" line="280"/>
        <source>the model name cannot be a folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="38"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="69"/>
        <source>malformed meta.yaml: &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="74"/>
        <source>malformed meta.yaml: &apos;%1&apos; is not a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="88"/>
        <source>malformed meta.yaml: &apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="101"/>
        <source>malformed meta.yaml: unknown lifecycle_stage &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="175"/>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="269"/>
        <source>malformed meta.yaml: &apos;tags&apos; is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="299"/>
        <source>malformed meta.yaml: unknown status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="339"/>
        <source>metric line does not parse (expected &quot;timestamp value step&quot;): &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="363"/>
        <location filename="../models/importers/mlrunsreader.cpp" line="466"/>
        <source>malformed YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="415"/>
        <source>malformed meta.yaml: no version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="438"/>
        <source>malformed meta.yaml: unknown current_stage &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/recordwriter.cpp" line="141"/>
        <source>experiment &apos;%1&apos; not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/recordwriter.cpp" line="202"/>
        <source>artifacts could not be copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/recordwriter.cpp" line="222"/>
        <source>run %1 not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/recordwriter.cpp" line="266"/>
        <source>version %1 of &apos;%2&apos; not imported: the store already has a version %1 from run &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/recordwriter.cpp" line="307"/>
        <source>registered model &apos;%1&apos; not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemModels</name>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="36"/>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="40"/>
        <source>%1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;12.5 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="45"/>
        <source>%1 min %2 s</source>
        <extracomment>A duration: minutes and seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="51"/>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="56"/>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="70"/>
        <source>1 run</source>
        <extracomment>A count of runs, singular</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/displayformat.cpp" line="72"/>
        <source>%Ln runs</source>
        <extracomment>A count of runs, plural (numerus form)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="79"/>
        <source>1 experiment</source>
        <extracomment>A count of experiments, singular</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/displayformat.cpp" line="81"/>
        <source>%Ln experiments</source>
        <extracomment>A count of experiments, plural (numerus form)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="100"/>
        <source>Running</source>
        <extracomment>Run status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="103"/>
        <source>Scheduled</source>
        <extracomment>Run status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="106"/>
        <source>Finished</source>
        <extracomment>Run status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="109"/>
        <source>Failed</source>
        <extracomment>Run status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="112"/>
        <source>Killed</source>
        <extracomment>Run status</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="39"/>
        <source>Expected AND, OR or the end of the filter here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="108"/>
        <source>The filter ends where a condition is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="124"/>
        <source>Expected &apos;)&apos; to close the &apos;(&apos; at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="141"/>
        <location filename="../models/query/extendedfilterparser.cpp" line="175"/>
        <source>Expected a key such as metrics.loss or params.lr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="151"/>
        <source>%1() takes a metric, e.g. %1(metrics.loss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="153"/>
        <source>Expected &apos;)&apos; after the metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="202"/>
        <source>@step applies to metrics only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="206"/>
        <source>Expected &apos;=&apos; and a step number after @step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="213"/>
        <source>Expected a whole step number after @step=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="236"/>
        <source>Expected a comparison after the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="252"/>
        <source>Expected NULL or NOT NULL after IS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="255"/>
        <source>Datasets cannot be compared with NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="257"/>
        <source>Only end_time and start_time can be NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="274"/>
        <source>IN takes strings; compare numbers with = or &lt;, &gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="276"/>
        <source>Expected a list such as (&apos;a&apos;, &apos;b&apos;) after IN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="281"/>
        <source>Expected a quoted string in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="290"/>
        <source>Expected &apos;,&apos; or &apos;)&apos; in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="298"/>
        <source>Expected a comparison such as =, !=, &lt;, &gt;, LIKE, IN or IS NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="315"/>
        <source>Unknown comparison &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="322"/>
        <source>Expected a value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="327"/>
        <source>LIKE takes a quoted pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="330"/>
        <source>Compare %1 with a quoted string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="338"/>
        <source>Compare %1 with a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="344"/>
        <source>Strings are compared with =, !=, LIKE or ILIKE; use a number for &lt; and &gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="349"/>
        <source>Expected a number or a quoted string.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <location filename="../models/server/authenticator.cpp" line="20"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/server/authenticator.cpp" line="43"/>
        <source>%1, line %2: expected user:password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/server/authenticator.cpp" line="50"/>
        <source>%1 names no user (expected user:password lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/server/authenticator.cpp" line="64"/>
        <source>%1 is empty: it must hold the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/server/trackingserver.cpp" line="52"/>
        <source>Cannot open the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/server/trackingserver.cpp" line="61"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="45"/>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="51"/>
        <source>malformed YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="54"/>
        <source>malformed meta.yaml: not a mapping of keys to values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
