<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/commands.cpp" line="16"/>
        <source>List experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="17"/>
        <source>List the runs of an experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="34"/>
        <source>Which to list: active, deleted or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="36"/>
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
        <source>Unknown --view &apos;%1&apos;: use active, deleted or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="67"/>
        <source>Unknown --format &apos;%1&apos;: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="74"/>
        <source>Name the experiment with --experiment NAME_OR_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="112"/>
        <location filename="../app/cli/experimentscommand.cpp" line="147"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="133"/>
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
</context>
<context>
    <name>Flowdesk::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="10"/>
        <source>Flowdesk - %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
