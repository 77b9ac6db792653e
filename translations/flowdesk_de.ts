<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <location filename="../app/application.cpp" line="66"/>
        <source>Flowdesk</source>
        <translation>Flowdesk</translation>
    </message>
    <message>
        <location filename="../app/application.cpp" line="68"/>
        <source>The store in %1 cannot be opened.</source>
        <extracomment>%1 is the store&apos;s directory</extracomment>
        <translation>Der Speicher in %1 kann nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/commands.cpp" line="20"/>
        <source>List experiments</source>
        <translation>Experimente auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="21"/>
        <source>List the runs of an experiment</source>
        <translation>Die Läufe eines Experiments auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="22"/>
        <source>Fill the store with realistic demo data</source>
        <translation>Den Speicher mit realistischen Demodaten füllen</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="23"/>
        <source>Run the MLflow-compatible tracking server</source>
        <translation>Den MLflow-kompatiblen Tracking-Server ausführen</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="24"/>
        <source>Search runs with a filter</source>
        <translation>Läufe mit einem Filter durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="25"/>
        <source>Import an MLflow mlruns folder or mlflow.db file</source>
        <translation>Einen MLflow-mlruns-Ordner oder eine mlflow.db-Datei importieren</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="27"/>
        <source>Write the store as an MLflow mlruns folder</source>
        <translation>Den Speicher als MLflow-mlruns-Ordner schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="30"/>
        <source>Write runs&apos; metric histories as CSV</source>
        <translation>Metrikverläufe von Läufen als CSV schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="34"/>
        <source>Which to list: active, deleted or all.</source>
        <translation>Was aufgelistet wird: active, deleted oder all.</translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="36"/>
        <location filename="../app/cli/searchcommand.cpp" line="69"/>
        <source>Output format: table, csv or json.</source>
        <translation>Ausgabeformat: table, csv oder json.</translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="38"/>
        <source>Experiment name or id.</source>
        <translation>Name oder ID des Experiments.</translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="61"/>
        <location filename="../app/cli/searchcommand.cpp" line="102"/>
        <source>Unknown --view &apos;%1&apos;: use active, deleted or all.</source>
        <translation>Unbekannter Wert für --view: &apos;%1&apos;. Verwenden Sie active, deleted oder all.</translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="66"/>
        <location filename="../app/cli/searchcommand.cpp" line="107"/>
        <source>Unknown --format &apos;%1&apos;: use table, csv or json.</source>
        <translation>Unbekannter Wert für --format: &apos;%1&apos;. Verwenden Sie table, csv oder json.</translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="73"/>
        <source>Name the experiment with --experiment NAME_OR_ID.</source>
        <translation>Geben Sie das Experiment mit --experiment NAME_OR_ID an.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="73"/>
        <source>Generating runs: %1% (%2 of %3), %4 runs/s</source>
        <translation>Läufe werden erzeugt: %1&#xa0;% (%2 von %3), %4 Läufe/s</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="104"/>
        <source>Fills the store with realistic demo data: experiments of several model families, runs with 20 params, 10 metric curves and tags, hyper-parameter sweeps (parent and child runs), failed, killed, running and deleted runs, dataset inputs, and registered models with versions, stages and the aliases champion and challenger. The same seed gives the same data. Ctrl+C stops early and keeps the runs written so far, whole runs only.</source>
        <translation>Füllt den Speicher mit realistischen Demodaten: Experimente mehrerer Modellfamilien, Läufe mit 20 Parametern, 10 Metrikkurven und Tags, Hyperparameter-Sweeps (übergeordnete und untergeordnete Läufe), fehlgeschlagene, abgebrochene, laufende und gelöschte Läufe, Dataset-Eingaben sowie registrierte Modelle mit Versionen, Stufen und den Aliasen champion und challenger. Derselbe Seed ergibt dieselben Daten. Strg+C bricht vorzeitig ab und behält die bis dahin geschriebenen Läufe, nur vollständige Läufe.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="111"/>
        <source>How many runs to create (default %1).</source>
        <translation>Anzahl der zu erstellenden Läufe (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="116"/>
        <source>Points per metric curve (default %1, which generates 100,000 runs in about a minute; every run logs 10 metrics x S points).</source>
        <translation>Punkte pro Metrikkurve (Standard: %1; damit entstehen 100.000 Läufe in etwa einer Minute, jeder Lauf protokolliert 10 Metriken x S Punkte).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="123"/>
        <source>Put every run into this experiment (created if missing) instead of the demo&apos;s own experiments.</source>
        <translation>Alle Läufe in dieses Experiment legen (wird bei Bedarf angelegt) statt in die eigenen Experimente der Demo.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="127"/>
        <source>Random seed (default %1).</source>
        <translation>Zufalls-Seed (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="144"/>
        <location filename="../app/cli/servecommand.cpp" line="127"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="152"/>
        <source>--runs must be a whole number from 0 to %1, got &apos;%2&apos;.</source>
        <translation>--runs muss eine ganze Zahl von 0 bis %1 sein (angegeben: &apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="158"/>
        <source>--steps must be a whole number from 1 to %1, got &apos;%2&apos;.</source>
        <translation>--steps muss eine ganze Zahl von 1 bis %1 sein (angegeben: &apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="164"/>
        <source>--seed must be a whole number from 0 to %1, got &apos;%2&apos;.</source>
        <translation>--seed muss eine ganze Zahl von 0 bis %1 sein (angegeben: &apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="174"/>
        <source>Invalid --experiment: the name must not be blank.</source>
        <translation>Ungültiges --experiment: Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="180"/>
        <source>Invalid --experiment: %1</source>
        <translation>Ungültiger Wert für --experiment: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="209"/>
        <source>Interrupted: %1 whole runs were written in %2 s; nothing else was changed.</source>
        <translation>Unterbrochen: %1 vollständige Läufe wurden in %2 s geschrieben; sonst wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="214"/>
        <source>Generated %1 runs (%2 metric points) in %3 experiments, %4 registered models with %5 versions, in %6 s (%7 runs/s).</source>
        <translation>%1 Läufe (%2 Metrikpunkte) in %3 Experimenten sowie %4 registrierte Modelle mit %5 Versionen in %6 s erzeugt (%7 Läufe/s).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="225"/>
        <location filename="../app/cli/experimentscommand.cpp" line="119"/>
        <location filename="../app/cli/experimentscommand.cpp" line="164"/>
        <location filename="../app/cli/exportcommand.cpp" line="63"/>
        <location filename="../app/cli/exportcommand.cpp" line="109"/>
        <location filename="../app/cli/importcommand.cpp" line="90"/>
        <location filename="../app/cli/searchcommand.cpp" line="194"/>
        <location filename="../app/cli/searchcommand.cpp" line="205"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/experimentscommand.cpp" line="140"/>
        <location filename="../app/cli/searchcommand.cpp" line="129"/>
        <source>No experiment named or numbered &apos;%1&apos;.</source>
        <translation>Kein Experiment mit dem Namen oder der ID &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="18"/>
        <source>Usage: flowdesk [--store DIR] [COMMAND] [OPTIONS]</source>
        <translation>Aufruf: flowdesk [--store DIR] [COMMAND] [OPTIONS]</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="20"/>
        <source>Without a command, opens the Flowdesk window on the store.</source>
        <translation>Ohne Befehl wird das Flowdesk-Fenster für den Speicher geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="22"/>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="24"/>
        <source>Use the store in DIR (default: $FLOWDESK_HOME, else the application data directory)</source>
        <translation>Den Speicher in DIR verwenden (Standard: $FLOWDESK_HOME, sonst das Datenverzeichnis der Anwendung)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="26"/>
        <source>Print the version and exit</source>
        <translation>Version ausgeben und beenden</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="27"/>
        <source>Print this help and exit</source>
        <translation>Diese Hilfe ausgeben und beenden</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="29"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="33"/>
        <source>Run &apos;flowdesk COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Mit &apos;flowdesk COMMAND --help&apos; erhalten Sie die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="54"/>
        <source>--store needs a directory.</source>
        <translation>--store erwartet ein Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="120"/>
        <source>Unknown command &apos;%1&apos;. Run &apos;flowdesk --help&apos; for the list.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;. Mit &apos;flowdesk --help&apos; erhalten Sie die Liste der Befehle.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="27"/>
        <source>Writes the store as an MLflow mlruns folder that &apos;mlflow ui&apos; can read.</source>
        <translation>Schreibt den Speicher als MLflow-mlruns-Ordner, den &apos;mlflow ui&apos; lesen kann.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="28"/>
        <source>A new or empty folder.</source>
        <translation>Ein neuer oder leerer Ordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="30"/>
        <source>Export only this experiment (repeatable).</source>
        <translation>Nur dieses Experiment exportieren (mehrfach angebbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="42"/>
        <source>Name the folder to write: flowdesk export mlruns DIR</source>
        <translation>Geben Sie den Zielordner an: flowdesk export mlruns DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="54"/>
        <source>Exported %1 experiments, %2 runs, %3 registered models, %4 model versions</source>
        <translation>%1 Experimente, %2 Läufe, %3 registrierte Modelle und %4 Modellversionen exportiert</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="71"/>
        <source>Writes runs&apos; metric histories as CSV (run_id,key,step,timestamp,value).</source>
        <translation>Schreibt die Metrikverläufe von Läufen als CSV (run_id,key,step,timestamp,value).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="73"/>
        <source>One or more run ids.</source>
        <translation>Eine oder mehrere Lauf-IDs.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="74"/>
        <source>Only this metric (repeatable).</source>
        <translation>Nur diese Metrik (mehrfach angebbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="76"/>
        <source>Write to this file instead of stdout.</source>
        <translation>In diese Datei statt nach stdout schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="89"/>
        <source>Name at least one run: flowdesk export metrics RUN_ID...</source>
        <translation>Geben Sie mindestens einen Lauf an: flowdesk export metrics RUN_ID...</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="104"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="27"/>
        <source>Imports an MLflow mlruns folder or mlflow.db file into the store.</source>
        <translation>Importiert einen MLflow-mlruns-Ordner oder eine mlflow.db-Datei in den Speicher.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="28"/>
        <source>The mlruns folder or the mlflow.db file.</source>
        <translation>Der mlruns-Ordner oder die mlflow.db-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="30"/>
        <source>Import only this experiment (repeatable).</source>
        <translation>Nur dieses Experiment importieren (mehrfach angebbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="32"/>
        <source>Leave artifacts where they are instead of copying them into the store.</source>
        <translation>Artefakte an ihrem Ort belassen, statt sie in den Speicher zu kopieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="46"/>
        <source>Name one mlruns folder or mlflow.db file: flowdesk import PATH</source>
        <translation>Geben Sie einen mlruns-Ordner oder eine mlflow.db-Datei an: flowdesk import PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="65"/>
        <source>Importing %1/%2 %3</source>
        <translation>Import %1/%2 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="85"/>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="55"/>
        <source>Search runs with MLflow&apos;s filter syntax (plus OR, NOT, parentheses, IS NULL, IN lists and metric aggregates).</source>
        <translation>Durchsucht Läufe mit der Filtersyntax von MLflow (zusätzlich OR, NOT, Klammern, IS NULL, IN-Listen und Metrik-Aggregate).</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="58"/>
        <source>The filter, e.g. &quot;metrics.rmse &lt; 1 and params.model = &apos;tree&apos;&quot;.</source>
        <translation>Der Filter, z. B. &quot;metrics.rmse &lt; 1 and params.model = &apos;tree&apos;&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="60"/>
        <source>Experiment name or id (repeatable; default: all).</source>
        <translation>Name oder ID des Experiments (mehrfach angebbar; Standard: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="63"/>
        <source>Sort key with optional ASC or DESC (repeatable).</source>
        <translation>Sortierschlüssel, optional mit ASC oder DESC (mehrfach angebbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="65"/>
        <source>At most this many runs (default 1000).</source>
        <translation>Höchstens so viele Läufe (Standard: 1000).</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="67"/>
        <source>Which runs: active, deleted or all.</source>
        <translation>Welche Läufe: active, deleted oder all.</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="81"/>
        <source>Give the filter as one argument (quote it).</source>
        <translation>Geben Sie den Filter als ein einziges Argument an (in Anführungszeichen).</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="91"/>
        <source>--max-results needs a number.</source>
        <translation>--max-results erwartet eine Zahl.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="86"/>
        <source>Serves the store over MLflow&apos;s REST API, so that MLflow clients can log to it.</source>
        <translation>Stellt den Speicher über die REST-API von MLflow bereit, sodass MLflow-Clients darin protokollieren können.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="88"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der der Server lauscht (Standard: 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="92"/>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Port, auf dem der Server lauscht; 0 wählt einen freien Port.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="94"/>
        <source>Request log: error, warning, info or debug.</source>
        <translation>Anfrageprotokoll: error, warning, info oder debug.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="98"/>
        <source>Largest REST request body in MiB (default 16).</source>
        <translation>Maximale Größe eines REST-Anfragerumpfs in MiB (Standard: 16).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="102"/>
        <source>Largest artifact upload in MiB (default 1024).</source>
        <translation>Maximale Größe eines Artefakt-Uploads in MiB (Standard: 1024).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="107"/>
        <source>Require HTTP basic auth; FILE has user:password lines.</source>
        <translation>HTTP-Basic-Authentifizierung verlangen; FILE enthält Zeilen der Form user:password.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="110"/>
        <source>Require a bearer token, read from FILE.</source>
        <translation>Ein Bearer-Token verlangen, das aus FILE gelesen wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="112"/>
        <source>Allow listening on an address other than loopback.</source>
        <translation>Lauschen auf einer anderen Adresse als Loopback erlauben.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="114"/>
        <source>Request threads (default 4).</source>
        <translation>Threads für Anfragen (Standard: 4).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="134"/>
        <source>--host must be an IP address, not &apos;%1&apos;.</source>
        <translation>--host muss eine IP-Adresse sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="139"/>
        <source>Refusing to listen on %1: it is reachable from other machines. Add --allow-remote to do it anyway (and consider --auth-file).</source>
        <translation>Lauschen auf %1 abgelehnt: Die Adresse ist von anderen Rechnern aus erreichbar. Fügen Sie --allow-remote hinzu, um es trotzdem zu tun (und erwägen Sie --auth-file).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="144"/>
        <source>Warning: listening on %1; other machines can reach this store%2.</source>
        <translation>Warnung: Der Server lauscht auf %1; andere Rechner erreichen diesen Speicher%2.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="148"/>
        <source> without any authentication</source>
        <translation> ohne jede Authentifizierung</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="153"/>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="159"/>
        <source>--max-body-mb must be a positive number.</source>
        <translation>--max-body-mb muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="165"/>
        <source>--max-artifact-mb must be a positive number.</source>
        <translation>--max-artifact-mb muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="171"/>
        <source>--workers must be a number from 1 to 64.</source>
        <translation>--workers muss eine Zahl von 1 bis 64 sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="177"/>
        <source>Unknown --log-level &apos;%1&apos;: use error, warning, info or debug.</source>
        <translation>Unbekannter Wert für --log-level: &apos;%1&apos;. Verwenden Sie error, warning, info oder debug.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="182"/>
        <source>Use either --auth-file or --token-file, not both.</source>
        <translation>Verwenden Sie entweder --auth-file oder --token-file, nicht beide.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="201"/>
        <source>Cannot install the signal handlers.</source>
        <translation>Die Signalhandler können nicht installiert werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="209"/>
        <source>Stopping the tracking server.</source>
        <translation>Der Tracking-Server wird beendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="235"/>
        <source>Flowdesk tracking server listening on %1 (store %2)</source>
        <translation>Flowdesk-Tracking-Server lauscht auf %1 (Speicher %2)</translation>
    </message>
</context>
<context>
    <name>Flowdesk::ImportDialog</name>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="44"/>
        <source>Import MLflow data</source>
        <translation>MLflow-Daten importieren</translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="46"/>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="82"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="125"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="147"/>
        <source>%1 of %2: %3</source>
        <extracomment>%1 of %2 items (runs, registered models), then the item&apos;s name</extracomment>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="162"/>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="164"/>
        <source>Nothing could be imported.</source>
        <translation>Es konnte nichts importiert werden.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="166"/>
        <source>Import finished.</source>
        <translation>Import abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/importdialog.cpp" line="168"/>
        <source>Import finished; some items were skipped (see below).</source>
        <translation>Import abgeschlossen; einige Elemente wurden übersprungen (siehe unten).</translation>
    </message>
</context>
<context>
    <name>Flowdesk::ItemModels::DatasetInputsModel</name>
    <message>
        <location filename="../models/itemmodels/datasetinputsmodel.cpp" line="129"/>
        <source>%1 (digest %2)</source>
        <translation>%1 (Digest %2)</translation>
    </message>
</context>
<context>
    <name>Flowdesk::ItemModels::ExperimentListModel</name>
    <message>
        <location filename="../models/itemmodels/experimentlistmodel.cpp" line="190"/>
        <source>%1 (ID %2), deleted</source>
        <extracomment>Tooltip of a deleted experiment: %1 name, %2 id</extracomment>
        <translation>%1 (ID %2), gelöscht</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/experimentlistmodel.cpp" line="195"/>
        <source>%1 (ID %2)
%Ln run(s)</source>
        <extracomment>Tooltip of an experiment: %1 name, %2 id, %3 run count</extracomment>
        <translation>
            <numerusform>%1 (ID %2)
%Ln Lauf</numerusform>
            <numerusform>%1 (ID %2)
%Ln Läufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/experimentlistmodel.cpp" line="211"/>
        <source>Experiment</source>
        <extracomment>Column headers of the experiment list</extracomment>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/experimentlistmodel.cpp" line="211"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
</context>
<context>
    <name>Flowdesk::ItemModels::KeyValueTableModel</name>
    <message>
        <location filename="../models/itemmodels/keyvaluetablemodel.cpp" line="47"/>
        <source>Key</source>
        <extracomment>Column headers of the params and tags tables</extracomment>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/keyvaluetablemodel.cpp" line="47"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Flowdesk::ItemModels::LatestMetricsModel</name>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="88"/>
        <source>History of %1 by step (%2 points; NaN not drawn)</source>
        <extracomment>Tooltip of a metric&apos;s sparkline: %1 key, %2 number of logged points</extracomment>
        <translation>Verlauf von %1 nach Schritt (%2 Punkte; NaN nicht gezeichnet)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="98"/>
        <source>%1 = %2
Logged %3 (%4)</source>
        <extracomment>Tooltip of a latest metric: %1 key, %2 exact value, %3 local time, %4 UTC time</extracomment>
        <translation>%1 = %2
Protokolliert am %3 (%4)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="132"/>
        <source>Metric</source>
        <extracomment>Column header in a run&apos;s metrics table</extracomment>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="135"/>
        <source>Latest value</source>
        <extracomment>Column header in a run&apos;s metrics table: the latest value</extracomment>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="138"/>
        <source>Step</source>
        <extracomment>Column header in a run&apos;s metrics table</extracomment>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="141"/>
        <source>Min</source>
        <extracomment>Column header in a run&apos;s metrics table: the smallest value logged (NaN ignored)</extracomment>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="144"/>
        <source>Max</source>
        <extracomment>Column header in a run&apos;s metrics table: the largest value logged (NaN ignored)</extracomment>
        <translation>Max.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="147"/>
        <source>Points</source>
        <extracomment>Column header in a run&apos;s metrics table: how many values were logged</extracomment>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/latestmetricsmodel.cpp" line="150"/>
        <source>History</source>
        <extracomment>Column header in a run&apos;s metrics table: a small chart of the values by step</extracomment>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>Flowdesk::ItemModels::RunGroupModel</name>
    <message>
        <location filename="../models/itemmodels/rungroupmodel.cpp" line="181"/>
        <source>(not set)</source>
        <extracomment>Group of runs that have no value for the grouping key</extracomment>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/rungroupmodel.cpp" line="294"/>
        <source>Runs</source>
        <extracomment>Column header of the grouped runs: number of runs in the group</extracomment>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/rungroupmodel.cpp" line="303"/>
        <source>%1 min</source>
        <extracomment>Column header of the grouped runs: %1 is the metric key</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/rungroupmodel.cpp" line="306"/>
        <source>%1 mean</source>
        <extracomment>Column header of the grouped runs: %1 is the metric key</extracomment>
        <translation>%1 Mittelwert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/rungroupmodel.cpp" line="309"/>
        <source>%1 max</source>
        <extracomment>Column header of the grouped runs: %1 is the metric key</extracomment>
        <translation>%1 max</translation>
    </message>
</context>
<context>
    <name>Flowdesk::ItemModels::RunTableModel</name>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="521"/>
        <source>%1
Run ID: %2</source>
        <extracomment>Tooltip of a run&apos;s name: %1 is the run name, %2 the run id</extracomment>
        <translation>%1
Lauf-ID: %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="543"/>
        <source>Ended %1
%2</source>
        <extracomment>Tooltip of a run&apos;s duration: %1 local end time, %2 exact UTC end time</extracomment>
        <translation>Beendet am %1
%2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="547"/>
        <source>Still running</source>
        <translation>Läuft noch</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="558"/>
        <source>%1 v%2</source>
        <extracomment>A model version in the runs table: %1 is the registered model, %2 the version</extracomment>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="585"/>
        <source>Name</source>
        <extracomment>Column header in the runs table</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="588"/>
        <source>Status</source>
        <extracomment>Column header in the runs table</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="591"/>
        <source>Created</source>
        <extracomment>Column header in the runs table: when the run started</extracomment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="594"/>
        <source>Duration</source>
        <extracomment>Column header in the runs table</extracomment>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="597"/>
        <source>User</source>
        <extracomment>Column header in the runs table</extracomment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="600"/>
        <source>Source</source>
        <extracomment>Column header in the runs table: the script or notebook that logged the run</extracomment>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="603"/>
        <source>Registered models</source>
        <extracomment>Column header in the runs table: the model versions registered from the run</extracomment>
        <translation>Registrierte Modelle</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="606"/>
        <source>Experiment</source>
        <extracomment>Column header in the runs table</extracomment>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="619"/>
        <source>min</source>
        <extracomment>Suffix of a metric column header showing the smallest value logged</extracomment>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="623"/>
        <source>max</source>
        <extracomment>Suffix of a metric column header showing the largest value logged</extracomment>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="627"/>
        <source>mean</source>
        <extracomment>Suffix of a metric column header showing the mean of the values logged</extracomment>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="631"/>
        <source>step %1</source>
        <extracomment>Suffix of a metric column header: the value logged at step %1</extracomment>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="638"/>
        <source>%1 (%2)</source>
        <extracomment>Metric column header: %1 is the metric key, %2 the aggregate (min, max, mean)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="645"/>
        <source>Metric “%1”, latest value</source>
        <extracomment>Tooltip of a metric column header</extracomment>
        <translation>Metrik „%1“, letzter Wert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="647"/>
        <source>Metric “%1”, %2 over all steps</source>
        <extracomment>Tooltip of a metric column header: %2 is min, max or mean</extracomment>
        <translation>Metrik „%1“, %2 über alle Schritte</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="649"/>
        <source>Parameter “%1”</source>
        <translation>Parameter „%1“</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/runtablemodel.cpp" line="651"/>
        <source>Tag “%1”</source>
        <translation>Tag „%1“</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::ArtifactsPanel</name>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="83"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="85"/>
        <source>Open the file with the desktop&apos;s application for it</source>
        <translation>Die Datei mit der zugehörigen Anwendung des Desktops öffnen</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="86"/>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="95"/>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="146"/>
        <source>This run&apos;s artifacts are not stored locally.</source>
        <translation>Die Artefakte dieses Laufs sind nicht lokal gespeichert.</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="147"/>
        <source>This run has no artifacts.</source>
        <translation>Dieser Lauf hat keine Artefakte.</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="152"/>
        <source>Select a file to preview it.</source>
        <translation>Wählen Sie eine Datei aus, um ihre Vorschau anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="172"/>
        <source>%1 could not be replaced.</source>
        <translation>%1 konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="177"/>
        <source>The copy could not be written to %1.</source>
        <translation>Die Kopie konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="215"/>
        <location filename="../views/runs/artifactspanel.cpp" line="235"/>
        <source>None recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="223"/>
        <source>MLflow model</source>
        <translation>MLflow-Modell</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="225"/>
        <source>Saved with MLflow %1</source>
        <translation>Mit MLflow %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="227"/>
        <source>Flavors</source>
        <translation>Flavors</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="230"/>
        <source>Signature inputs</source>
        <translation>Eingaben der Signatur</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="231"/>
        <source>Signature outputs</source>
        <translation>Ausgaben der Signatur</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="233"/>
        <source>Environment files</source>
        <translation>Umgebungsdateien</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="242"/>
        <source>No preview for this kind of file.</source>
        <translation>Keine Vorschau für diese Art von Datei.</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="245"/>
        <source>This file is too large to preview.</source>
        <translation>Diese Datei ist für eine Vorschau zu groß.</translation>
    </message>
    <message>
        <location filename="../views/runs/artifactspanel.cpp" line="248"/>
        <source>This file cannot be shown: %1</source>
        <translation>Diese Datei kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::ColumnChooser</name>
    <message>
        <location filename="../views/runs/columnchooser.cpp" line="51"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../views/runs/columnchooser.cpp" line="54"/>
        <source>Search columns</source>
        <translation>Spalten suchen</translation>
    </message>
    <message>
        <location filename="../views/runs/columnchooser.cpp" line="59"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../views/runs/columnchooser.cpp" line="61"/>
        <source>Pinned</source>
        <extracomment>Column chooser: the check box that keeps a column at the left</extracomment>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../views/runs/columnchooser.cpp" line="69"/>
        <source>Drag column headers to reorder them. Pinned columns stay at the left while the table scrolls sideways.</source>
        <translation>Spaltenköpfe ziehen, um die Reihenfolge zu ändern. Angeheftete Spalten bleiben links, wenn die Tabelle seitlich scrollt.</translation>
    </message>
    <message>
        <location filename="../views/runs/columnchooser.cpp" line="128"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../views/runs/columnchooser.cpp" line="151"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../views/runs/columnchooser.cpp" line="152"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../views/runs/columnchooser.cpp" line="153"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::DescriptionEditor</name>
    <message>
        <location filename="../views/runs/descriptioneditor.cpp" line="26"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/runs/descriptioneditor.cpp" line="32"/>
        <source>Describe the run in Markdown: **bold**, lists, links…</source>
        <extracomment>Placeholder of the run description editor</extracomment>
        <translation>Beschreiben Sie den Lauf in Markdown: **fett**, Listen, Links…</translation>
    </message>
    <message>
        <location filename="../views/runs/descriptioneditor.cpp" line="36"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../views/runs/descriptioneditor.cpp" line="39"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../views/runs/descriptioneditor.cpp" line="57"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../views/runs/descriptioneditor.cpp" line="100"/>
        <source>No description.</source>
        <extracomment>Shown in the Description tab of a run without a description</extracomment>
        <translation>Keine Beschreibung.</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::ExperimentSidebar</name>
    <message>
        <location filename="../views/experimentsidebar.cpp" line="34"/>
        <source>EXPERIMENTS</source>
        <translation>EXPERIMENTE</translation>
    </message>
    <message>
        <location filename="../views/experimentsidebar.cpp" line="50"/>
        <source>Search experiments</source>
        <translation>Experimente suchen</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::FilterBar</name>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="100"/>
        <source>Filter runs, e.g. metrics.rmse &lt; 1 and params.model = &apos;tree&apos;</source>
        <extracomment>Placeholder of the runs filter; the example is in the search language, keep it as is</extracomment>
        <translation>Läufe filtern, z. B. metrics.rmse &lt; 1 and params.model = &apos;tree&apos;</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="102"/>
        <location filename="../views/runs/filterbar.cpp" line="328"/>
        <source>MLflow&apos;s search syntax, plus OR, NOT, parentheses and min(metrics.x), max(), mean(). Press Enter to apply.</source>
        <translation>Die Suchsyntax von MLflow, zusätzlich OR, NOT, Klammern sowie min(metrics.x), max(), mean(). Mit der Eingabetaste anwenden.</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="107"/>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="108"/>
        <source>Recent filters</source>
        <translation>Zuletzt verwendete Filter</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="116"/>
        <source>Quick</source>
        <extracomment>Menu button with ready-made filters (status, time range)</extracomment>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="117"/>
        <source>Add a ready-made condition: run status, start time</source>
        <translation>Eine vorgefertigte Bedingung hinzufügen: Laufstatus, Startzeit</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="126"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="127"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="128"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="129"/>
        <source>Killed</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="134"/>
        <source>Status: %1</source>
        <extracomment>Quick filter: %1 is a run status such as Finished</extracomment>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="144"/>
        <source>Started in the last 24 hours</source>
        <translation>In den letzten 24 Stunden gestartet</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="145"/>
        <source>Started in the last 7 days</source>
        <translation>In den letzten 7 Tagen gestartet</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="146"/>
        <source>Started in the last 30 days</source>
        <translation>In den letzten 30 Tagen gestartet</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="296"/>
        <source>Invalid filter: %1</source>
        <extracomment>%1 is the search language&apos;s error message (English, from MLflow&apos;s rules)</extracomment>
        <translation>Ungültiger Filter: %1</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="582"/>
        <source>No recent filters</source>
        <translation>Keine zuletzt verwendeten Filter</translation>
    </message>
    <message>
        <location filename="../views/runs/filterbar.cpp" line="594"/>
        <source>Clear Recent Filters</source>
        <translation>Zuletzt verwendete Filter löschen</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::LocalServerControl</name>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="40"/>
        <source>Local &amp;Tracking Server</source>
        <translation>Lokaler &amp;Tracking-Server</translation>
    </message>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="44"/>
        <source>Serve MLflow&apos;s REST API on 127.0.0.1 so that unmodified MLflow code logs to this store.</source>
        <translation>Stellt die REST-API von MLflow auf 127.0.0.1 bereit, sodass unveränderter MLflow-Code in diesen Speicher protokolliert.</translation>
    </message>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="53"/>
        <source>&amp;Copy MLFLOW_TRACKING_URI Export</source>
        <translation>Export-Befehl für MLFLOW_TRACKING_URI &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="61"/>
        <source>Copied %1</source>
        <extracomment>Status bar message; %1 is the shell command that was copied</extracomment>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="113"/>
        <source>The local tracking server could not be started.</source>
        <translation>Der lokale Tracking-Server konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="116"/>
        <source>Port %1 is in use; the local tracking server listens on %2 instead.</source>
        <extracomment>%1 is the preferred port number, %2 the URL used instead</extracomment>
        <translation>Port %1 ist belegt; der lokale Tracking-Server lauscht stattdessen auf %2.</translation>
    </message>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="121"/>
        <source>Local tracking server started at %1</source>
        <extracomment>%1 is the server&apos;s URL</extracomment>
        <translation>Lokaler Tracking-Server unter %1 gestartet</translation>
    </message>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="138"/>
        <source>Local tracking server stopped</source>
        <translation>Lokaler Tracking-Server beendet</translation>
    </message>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="154"/>
        <source>Local server %1</source>
        <extracomment>Status bar: %1 is the URL of the embedded tracking server</extracomment>
        <translation>Lokaler Server %1</translation>
    </message>
    <message>
        <location filename="../views/server/localservercontrol.cpp" line="155"/>
        <source>MLflow clients log here with:
%1</source>
        <translation>MLflow-Clients protokollieren hierhin mit:
%1</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="100"/>
        <source>Flowdesk - %1</source>
        <extracomment>Window title: %1 is the store&apos;s directory</extracomment>
        <translation>Flowdesk - %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="153"/>
        <source>The experiments could not be read.</source>
        <translation>Die Experimente konnten nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="219"/>
        <source>Exported %n run(s) to %1</source>
        <extracomment>Status bar message: %n runs were written to the file %1</extracomment>
        <translation>
            <numerusform>%n Lauf nach %1 exportiert</numerusform>
            <numerusform>%n Läufe nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="229"/>
        <source>The runs could not be exported to %1.</source>
        <translation>Die Läufe konnten nicht nach %1 exportiert werden.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="258"/>
        <source>The run could not be renamed.</source>
        <translation>Der Lauf konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="261"/>
        <source>The runs could not be deleted.</source>
        <translation>Die Läufe konnten nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="264"/>
        <source>The runs could not be restored.</source>
        <translation>Die Läufe konnten nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="268"/>
        <source>The tag could not be changed; no run was changed.</source>
        <translation>Das Tag konnte nicht geändert werden; es wurde kein Lauf geändert.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="274"/>
        <source>The runs could not be read.</source>
        <translation>Die Läufe konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="289"/>
        <source>Run %1 is no longer in the store.</source>
        <extracomment>Status bar message: %1 is the ID of a parent or child run</extracomment>
        <translation>Der Lauf %1 ist nicht mehr im Speicher.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="294"/>
        <source>This run could not be read:
%1</source>
        <translation>Dieser Lauf konnte nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="387"/>
        <source>&amp;New Experiment…</source>
        <translation>&amp;Neues Experiment…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="390"/>
        <source>Create an experiment</source>
        <translation>Ein Experiment erstellen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="393"/>
        <source>Create &amp;Demo Data…</source>
        <translation>&amp;Demodaten erstellen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="396"/>
        <source>&amp;Import an MLflow Folder…</source>
        <translation>MLflow-Ordner &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="405"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="410"/>
        <source>&amp;Copy Run ID</source>
        <translation>Lauf-ID &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="433"/>
        <source>&amp;Export Runs as CSV or JSON…</source>
        <translation>Läufe als CSV oder JSON &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="489"/>
        <source>&amp;Find Experiment</source>
        <translation>Experiment &amp;suchen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="500"/>
        <source>&amp;Rename Experiment…</source>
        <translation>Experiment &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="504"/>
        <source>&amp;Delete Experiment…</source>
        <translation>Experiment &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="509"/>
        <source>R&amp;estore Experiment</source>
        <translation>Experiment &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="513"/>
        <source>Show &amp;Deleted Experiments</source>
        <translation>&amp;Gelöschte Experimente anzeigen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="521"/>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="526"/>
        <source>Show Run &amp;Details</source>
        <translation>Lauf&amp;details anzeigen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="533"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="538"/>
        <source>&amp;Open Run Details</source>
        <translation>Lauf&amp;details öffnen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="548"/>
        <source>&amp;Registered Models</source>
        <translation>&amp;Registrierte Modelle</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="550"/>
        <source>Coming with the model registry editor.</source>
        <translation>Folgt mit dem Editor für die Modellregistrierung.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="552"/>
        <source>&amp;Add a Remote Server…</source>
        <translation>&amp;Remote-Server hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="554"/>
        <source>Coming with the remote sync feature.</source>
        <translation>Folgt mit der Remote-Synchronisation.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="399"/>
        <source>Import the experiments, runs, artifacts and models of an mlruns folder</source>
        <translation>Die Experimente, Läufe, Artefakte und Modelle eines mlruns-Ordners importieren</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="401"/>
        <source>Import an MLflow &amp;Database…</source>
        <translation>&amp;MLflow-Datenbank importieren…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="402"/>
        <source>Import an mlflow.db SQLite file (it is only read)</source>
        <translation>Eine SQLite-Datei mlflow.db importieren (sie wird nur gelesen)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="415"/>
        <source>&amp;Filter Runs</source>
        <translation>Läufe &amp;filtern</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="423"/>
        <source>Copy Run &amp;URI</source>
        <translation>Lauf-&amp;URI kopieren</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="425"/>
        <source>Copy runs:/&lt;run id&gt;, as MLflow&apos;s model loading takes it</source>
        <translation>runs:/&lt;Lauf-ID&gt; kopieren, in der Form, die das Laden von Modellen in MLflow erwartet</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="428"/>
        <source>Copy &amp;Value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="430"/>
        <source>Copy the value of the cell under the cursor</source>
        <translation>Den Wert der Zelle unter dem Cursor kopieren</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="434"/>
        <source>The listed runs with the columns shown, in their order</source>
        <translation>Die aufgelisteten Läufe mit den angezeigten Spalten in deren Reihenfolge</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="436"/>
        <source>Export Runs</source>
        <translation>Läufe exportieren</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="441"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="441"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="452"/>
        <source>Re&amp;name Run…</source>
        <translation>Lauf u&amp;mbenennen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="457"/>
        <source>De&amp;lete Runs</source>
        <translation>Läufe &amp;löschen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="463"/>
        <source>Res&amp;tore Runs</source>
        <translation>Läufe &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="477"/>
        <location filename="../views/mainwindow.cpp" line="982"/>
        <location filename="../views/mainwindow.cpp" line="1012"/>
        <location filename="../views/mainwindow.cpp" line="1021"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="482"/>
        <source>Set &amp;Tag on Selected Runs…</source>
        <translation>&amp;Tag für ausgewählte Läufe setzen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="485"/>
        <source>Show Deleted &amp;Runs</source>
        <translation>Gelöschte &amp;Läufe anzeigen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="496"/>
        <source>&amp;Go To Experiment or Run…</source>
        <translation>&amp;Gehe zu Experiment oder Lauf…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="559"/>
        <source>&amp;About Flowdesk</source>
        <translation>Über &amp;Flowdesk</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="563"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="570"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="581"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="594"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="603"/>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="616"/>
        <source>Re&amp;gistry</source>
        <translation>&amp;Registrierung</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="620"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="627"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="763"/>
        <source>This experiment is deleted and had no runs.</source>
        <translation>Dieses Experiment ist gelöscht und hatte keine Läufe.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="764"/>
        <source>No runs in this experiment yet.</source>
        <translation>Dieses Experiment hat noch keine Läufe.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="796"/>
        <source>No runs in these experiments.</source>
        <translation>Diese Experimente haben keine Läufe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="990"/>
        <source>&amp;Undo Deleting %n Run(s)</source>
        <translation>
            <numerusform>Löschen von %n Lauf &amp;rückgängig machen</numerusform>
            <numerusform>Löschen von %n Läufen &amp;rückgängig machen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="993"/>
        <source>Deleted %n run(s). %1 restores them.</source>
        <extracomment>%1 is the shortcut of Edit &gt; Undo</extracomment>
        <translation>
            <numerusform>%n Lauf gelöscht. %1 stellt ihn wieder her.</numerusform>
            <numerusform>%n Läufe gelöscht. %1 stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="999"/>
        <source>&amp;Undo Restoring %n Run(s)</source>
        <translation>
            <numerusform>Wiederherstellen von %n Lauf &amp;rückgängig machen</numerusform>
            <numerusform>Wiederherstellen von %n Läufen &amp;rückgängig machen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1005"/>
        <source>&amp;Undo Renaming Run</source>
        <translation>Umbenennen des Laufs &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1048"/>
        <source>That experiment is no longer in the store.</source>
        <translation>Dieses Experiment ist nicht mehr im Speicher.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1074"/>
        <source>The run&apos;s experiment is not listed: it may be deleted; show deleted experiments to reach it.</source>
        <translation>Das Experiment des Laufs wird nicht aufgeführt: Es ist vielleicht gelöscht; blenden Sie gelöschte Experimente ein, um es zu erreichen.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1159"/>
        <source>Loading runs…</source>
        <translation>Läufe werden geladen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1163"/>
        <source>%1 of %2 runs</source>
        <extracomment>Status bar: runs matching the filter of all runs in the experiment</extracomment>
        <translation>%1 von %2 Läufen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1188"/>
        <source>New Experiment</source>
        <translation>Neues Experiment</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1189"/>
        <source>Name of the new experiment:</source>
        <translation>Name des neuen Experiments:</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1190"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1206"/>
        <source>Rename Experiment</source>
        <translation>Experiment umbenennen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1207"/>
        <location filename="../views/mainwindow.cpp" line="1285"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1209"/>
        <location filename="../views/mainwindow.cpp" line="1287"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1224"/>
        <source>Delete Experiment</source>
        <translation>Experiment löschen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1225"/>
        <source>Delete the experiment “%1”?</source>
        <translation>Das Experiment „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="1231"/>
        <source>Its %Ln run(s) will be deleted with it. You can restore both from View ▸ Show Deleted Experiments.</source>
        <translation>
            <numerusform>Damit wird auch %Ln Lauf gelöscht. Sie können das Experiment samt Lauf über Ansicht ▸ Gelöschte Experimente anzeigen wiederherstellen.</numerusform>
            <numerusform>Damit werden auch %Ln Läufe gelöscht. Sie können das Experiment samt Läufen über Ansicht ▸ Gelöschte Experimente anzeigen wiederherstellen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1235"/>
        <location filename="../views/mainwindow.cpp" line="1322"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1257"/>
        <location filename="../views/mainwindow.cpp" line="1262"/>
        <source>An experiment with that name already exists.</source>
        <translation>Ein Experiment mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1258"/>
        <source>The experiment could not be created.</source>
        <translation>Das Experiment konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1263"/>
        <source>The experiment could not be renamed.</source>
        <translation>Das Experiment konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1266"/>
        <source>The experiment could not be deleted.</source>
        <translation>Das Experiment konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1269"/>
        <source>The experiment could not be restored.</source>
        <translation>Das Experiment konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1284"/>
        <source>Rename Run</source>
        <translation>Lauf umbenennen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1315"/>
        <source>Delete Runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="1316"/>
        <source>Delete %n run(s)?</source>
        <translation>
            <numerusform>%n Lauf löschen?</numerusform>
            <numerusform>%n Läufe löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1321"/>
        <source>Deleted runs can be restored from View ▸ Show Deleted Runs.</source>
        <translation>Gelöschte Läufe können über Ansicht ▸ Gelöschte Läufe anzeigen wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1347"/>
        <source>Set Tag</source>
        <translation>Tag setzen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1353"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1354"/>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="1357"/>
        <source>Set on %n run(s)</source>
        <translation>
            <numerusform>Für %n Lauf setzen</numerusform>
            <numerusform>Für %n Läufe setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="1367"/>
        <source>Sets the tag on the %n selected run(s) at once.</source>
        <extracomment>%n is the number of selected runs</extracomment>
        <translation>
            <numerusform>Setzt das Tag für den %n ausgewählten Lauf.</numerusform>
            <numerusform>Setzt das Tag auf einmal für die %n ausgewählten Läufe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1467"/>
        <source>Exporting %1…</source>
        <extracomment>Status bar message while the export runs</extracomment>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1475"/>
        <source>Copied %1</source>
        <extracomment>Status bar message after copying run ids</extracomment>
        <translation>%1 kopiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="1506"/>
        <source>Created %Ln demo run(s)</source>
        <extracomment>Status bar message after generating demo data</extracomment>
        <translation>
            <numerusform>%Ln Demo-Lauf erstellt</numerusform>
            <numerusform>%Ln Demo-Läufe erstellt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1512"/>
        <source>The demo data could not be created.</source>
        <translation>Die Demodaten konnten nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1515"/>
        <source>Creating demo data…</source>
        <translation>Demodaten werden erstellt…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1515"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1517"/>
        <source>Demo Data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1533"/>
        <source>About Flowdesk</source>
        <translation>Über Flowdesk</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1536"/>
        <source>Flowdesk %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>Flowdesk %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1539"/>
        <source>Experiment tracking and model registry for the desktop, compatible with MLflow.&lt;br&gt;&lt;br&gt;Store: %1&lt;br&gt;Qt %2</source>
        <translation>Experiment-Tracking und Modellregistrierung für den Desktop, kompatibel mit MLflow.&lt;br&gt;&lt;br&gt;Speicher: %1&lt;br&gt;Qt %2</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1550"/>
        <source>Flowdesk</source>
        <translation>Flowdesk</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1584"/>
        <source>Import an MLflow mlruns Folder</source>
        <translation>MLflow-mlruns-Ordner importieren</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1592"/>
        <source>Import an MLflow Database</source>
        <translation>MLflow-Datenbank importieren</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="1594"/>
        <source>MLflow databases (*.db *.sqlite);;All files (*)</source>
        <translation>MLflow-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::QuickSwitcher</name>
    <message>
        <location filename="../views/dialogs/quickswitcher.cpp" line="27"/>
        <source>Go To</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <location filename="../views/dialogs/quickswitcher.cpp" line="30"/>
        <source>Go to an experiment or a run: type a name or a run id</source>
        <translation>Zu einem Experiment oder Lauf: Namen oder Lauf-ID eingeben</translation>
    </message>
    <message>
        <location filename="../views/dialogs/quickswitcher.cpp" line="62"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../views/dialogs/quickswitcher.cpp" line="102"/>
        <source>Experiments; type to find runs too. Enter opens, Esc closes.</source>
        <translation>Experimente; tippen, um auch Läufe zu finden. Eingabe öffnet, Esc schließt.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/quickswitcher.cpp" line="104"/>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/quickswitcher.cpp" line="106"/>
        <source>Enter opens, Esc closes.</source>
        <translation>Eingabe öffnet, Esc schließt.</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::RunDetailsPanel</name>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="61"/>
        <location filename="../views/runs/rundetailspanel.cpp" line="524"/>
        <source>Select a run to see its details.</source>
        <translation>Wählen Sie einen Lauf aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="106"/>
        <source>Copy the run ID</source>
        <translation>Lauf-ID kopieren</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="115"/>
        <source>Run ID</source>
        <extracomment>Field label in the run overview</extracomment>
        <translation>Lauf-ID</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="118"/>
        <source>Status</source>
        <extracomment>Field label in the run overview</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="120"/>
        <source>Started</source>
        <extracomment>Field label in the run overview: start time</extracomment>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="122"/>
        <source>Ended</source>
        <extracomment>Field label in the run overview: end time</extracomment>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="124"/>
        <source>Duration</source>
        <extracomment>Field label in the run overview</extracomment>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="126"/>
        <source>User</source>
        <extracomment>Field label in the run overview</extracomment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="128"/>
        <source>Source</source>
        <extracomment>Field label in the run overview: script or notebook that logged the run</extracomment>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="130"/>
        <source>Git commit</source>
        <extracomment>Field label in the run overview</extracomment>
        <translation>Git-Commit</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="137"/>
        <source>Datasets</source>
        <extracomment>Field label in the run overview: the dataset inputs the run logged</extracomment>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="139"/>
        <source>Registered models</source>
        <extracomment>Field label in the run overview: registered model versions created from the run</extracomment>
        <translation>Registrierte Modelle</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="141"/>
        <source>Parent run</source>
        <extracomment>Field label in the run overview: the run this run is nested in</extracomment>
        <translation>Übergeordneter Lauf</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="148"/>
        <source>Child runs</source>
        <extracomment>Field label in the run overview: the runs nested in this run</extracomment>
        <translation>Untergeordnete Läufe</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="150"/>
        <source>Artifact URI</source>
        <extracomment>Field label in the run overview</extracomment>
        <translation>Artefakt-URI</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="159"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="161"/>
        <source>Description</source>
        <extracomment>Details tab: the run&apos;s Markdown description (mlflow.note.content)</extracomment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="164"/>
        <source>Filter parameters by name or value</source>
        <translation>Parameter nach Name oder Wert filtern</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="169"/>
        <source>Filter metrics by name</source>
        <translation>Metriken nach Name filtern</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="174"/>
        <source>Artifacts</source>
        <extracomment>Details tab: the run&apos;s artifact files</extracomment>
        <translation>Artefakte</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="210"/>
        <source>Not in the runs table: filtered out or in another experiment.</source>
        <translation>Nicht in der Lauftabelle: herausgefiltert oder in einem anderen Experiment.</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="214"/>
        <source>Show in Table</source>
        <translation>In der Tabelle zeigen</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="217"/>
        <source>Select the run&apos;s experiment, clear the filter and select the run in the table</source>
        <translation>Das Experiment des Laufs auswählen, den Filter leeren und den Lauf in der Tabelle auswählen</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="332"/>
        <source>%1, deleted</source>
        <extracomment>Status of a run that was deleted: %1 is its status, e.g. Finished</extracomment>
        <translation>%1, gelöscht</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="345"/>
        <source>%1 so far</source>
        <extracomment>Duration of a run that has not ended: %1 is the time so far</extracomment>
        <translation>bisher %1</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="406"/>
        <source>%1 (not in this store)</source>
        <extracomment>A related run that is not in the store (any more): %1 its ID</extracomment>
        <translation>%1 (nicht in diesem Speicher)</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="413"/>
        <source>%1 (not in the table)</source>
        <extracomment>A related run that the runs table does not list: %1 the link with its name</extracomment>
        <translation>%1 (nicht in der Tabelle)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/runs/rundetailspanel.cpp" line="490"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="557"/>
        <source>No dataset inputs logged</source>
        <translation>Keine Datensatz-Eingaben protokolliert</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="593"/>
        <source>Digest: %1</source>
        <extracomment>Tooltip of a dataset&apos;s short digest: %1 the whole digest</extracomment>
        <translation>Digest: %1</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="600"/>
        <source>Context in which the run used the dataset</source>
        <translation>Kontext, in dem der Lauf den Datensatz verwendet hat</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="617"/>
        <source>%1: %2</source>
        <extracomment>A dataset&apos;s source: %1 its type (e.g. local, http, delta), %2 where it is</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="650"/>
        <source>Schema…</source>
        <translation>Schema…</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="651"/>
        <source>Profile…</source>
        <translation>Profil…</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="688"/>
        <source>Profile of %1</source>
        <translation>Profil von %1</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="690"/>
        <source>Schema of %1</source>
        <translation>Schema von %1</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="733"/>
        <source>%1 v%2</source>
        <extracomment>A registered model version: %1 the model&apos;s name, %2 its version number</extracomment>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="742"/>
        <source>Staging</source>
        <extracomment>Legacy model version stage</extracomment>
        <translation>Staging</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="746"/>
        <source>Production</source>
        <extracomment>Legacy model version stage</extracomment>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="750"/>
        <source>Archived</source>
        <extracomment>Legacy model version stage</extracomment>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="758"/>
        <source>Model versions registered from this run&apos;s artifacts</source>
        <translation>Aus den Artefakten dieses Laufs registrierte Modellversionen</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="764"/>
        <source>Params (%L1)</source>
        <extracomment>Details tab title with the number of params</extracomment>
        <translation>Parameter (%L1)</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="766"/>
        <source>Metrics (%L1)</source>
        <extracomment>Details tab title with the number of metrics</extracomment>
        <translation>Metriken (%L1)</translation>
    </message>
    <message>
        <location filename="../views/runs/rundetailspanel.cpp" line="768"/>
        <source>Tags (%L1)</source>
        <extracomment>Details tab title with the number of tags</extracomment>
        <translation>Tags (%L1)</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::RunsPane</name>
    <message>
        <location filename="../views/runs/runspane.cpp" line="49"/>
        <source>Columns…</source>
        <translation>Spalten…</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="50"/>
        <source>Choose the columns: attributes, metrics, parameters, tags</source>
        <translation>Spalten auswählen: Attribute, Metriken, Parameter, Tags</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="144"/>
        <source>Group the runs by a parameter or tag value</source>
        <translation>Läufe nach dem Wert eines Parameters oder Tags gruppieren</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="156"/>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="218"/>
        <source>Loading runs…</source>
        <translation>Läufe werden geladen…</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="221"/>
        <source>%1 of %2 runs</source>
        <extracomment>Under the experiment&apos;s name: runs matching the filter of all its runs</extracomment>
        <translation>%1 von %2 Läufen</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="434"/>
        <source>None</source>
        <comment>group by</comment>
        <extracomment>&quot;Group by&quot; choice that shows the plain runs table No grouping of the runs table</extracomment>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="147"/>
        <source>Metrics whose latest values are summarized per group</source>
        <translation>Metriken, deren letzte Werte je Gruppe zusammengefasst werden</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="383"/>
        <source>No metrics</source>
        <extracomment>In the group-by metrics menu when the experiment has no metrics</extracomment>
        <translation>Keine Metriken</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="404"/>
        <source>Clear</source>
        <extracomment>Group-by metrics menu: uncheck every metric (counts only)</extracomment>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="414"/>
        <source>Metrics…</source>
        <extracomment>Button next to &quot;Group by&quot; that chooses the metrics summarized per group</extracomment>
        <translation>Metriken…</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="420"/>
        <source>Metrics: %1</source>
        <extracomment>Button next to &quot;Group by&quot;: %1 lists the metrics summarized per group</extracomment>
        <translation>Metriken: %1</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="492"/>
        <source>Value at Step</source>
        <translation>Wert bei Schritt</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="493"/>
        <source>Show the value logged at step:</source>
        <translation>Den bei diesem Schritt protokollierten Wert anzeigen:</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="530"/>
        <source>Show &amp;Latest Value</source>
        <translation>&amp;Letzten Wert anzeigen</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="531"/>
        <source>Show &amp;Minimum</source>
        <translation>M&amp;inimum anzeigen</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="532"/>
        <source>Show Ma&amp;ximum</source>
        <translation>Ma&amp;ximum anzeigen</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="533"/>
        <source>Show M&amp;ean</source>
        <translation>Mi&amp;ttelwert anzeigen</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="534"/>
        <source>Show Value at &amp;Step…</source>
        <translation>Wert bei &amp;Schritt anzeigen…</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="560"/>
        <source>&amp;Unpin</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="560"/>
        <source>&amp;Pin to Left</source>
        <translation>Links an&amp;heften</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="562"/>
        <source>Keep the column at the left while the table scrolls sideways</source>
        <translation>Die Spalte links halten, während die Tabelle seitlich scrollt</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="568"/>
        <location filename="../views/runs/runspane.cpp" line="579"/>
        <source>&amp;Hide Column</source>
        <translation>Spalte &amp;ausblenden</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="585"/>
        <source>&amp;Columns…</source>
        <translation>&amp;Spalten…</translation>
    </message>
    <message>
        <location filename="../views/runs/runspane.cpp" line="594"/>
        <source>%1 (deleted)</source>
        <extracomment>Title of the runs pane for a deleted experiment</extracomment>
        <translation>%1 (gelöscht)</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::TagsEditor</name>
    <message>
        <location filename="../views/runs/tagseditor.cpp" line="31"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/runs/tagseditor.cpp" line="33"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../views/runs/tagseditor.cpp" line="35"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../views/runs/tagseditor.cpp" line="37"/>
        <source>Allow editing mlflow.* tags</source>
        <translation>Bearbeiten von mlflow.*-Tags erlauben</translation>
    </message>
    <message>
        <location filename="../views/runs/tagseditor.cpp" line="40"/>
        <source>MLflow&apos;s system tags (run name, source, user, parent run…) are set by MLflow; changing them changes what MLflow shows.</source>
        <translation>Die Systemtags von MLflow (Laufname, Quelle, Benutzer, übergeordneter Lauf…) werden von MLflow gesetzt; wenn Sie sie ändern, ändert sich, was MLflow anzeigt.</translation>
    </message>
    <message>
        <location filename="../views/runs/tagseditor.cpp" line="109"/>
        <source>Add Tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/runs/tagseditor.cpp" line="109"/>
        <source>Edit Tag</source>
        <translation>Tag bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/runs/tagseditor.cpp" line="117"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../views/runs/tagseditor.cpp" line="118"/>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
</context>
<context>
    <name>Flowdesk::Views::WelcomePage</name>
    <message>
        <location filename="../views/welcomepage.cpp" line="24"/>
        <source>Welcome to Flowdesk</source>
        <translation>Willkommen bei Flowdesk</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="31"/>
        <source>This store has no runs yet. Point MLflow&apos;s Python client at Flowdesk, or start with one of these:</source>
        <translation>Dieser Speicher enthält noch keine Läufe. Richten Sie den Python-Client von MLflow auf Flowdesk aus oder beginnen Sie mit einer dieser Möglichkeiten:</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="36"/>
        <source>Create demo data</source>
        <translation>Demodaten erstellen</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="37"/>
        <source>Sample experiments, runs, metric curves and models to explore.</source>
        <translation>Beispieldaten zum Erkunden: Experimente, Läufe, Metrikkurven und Modelle.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="43"/>
        <source>Import an mlruns folder…</source>
        <translation>mlruns-Ordner importieren…</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="44"/>
        <source>Bring in the runs of an MLflow file store or database.</source>
        <translation>Übernehmen Sie die Läufe eines MLflow-Dateispeichers oder einer MLflow-Datenbank.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="99"/>
        <source>Running at %1. Set MLFLOW_TRACKING_URI=%1 and log runs.</source>
        <translation>Läuft unter %1. Setzen Sie MLFLOW_TRACKING_URI=%1 und protokollieren Sie Läufe.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="52"/>
        <source>Add a remote server…</source>
        <translation>Remote-Server hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="52"/>
        <source>Pull runs and models from a team MLflow server.</source>
        <translation>Holen Sie Läufe und Modelle vom MLflow-Server Ihres Teams.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="55"/>
        <source>Coming with the remote sync feature.</source>
        <translation>Folgt mit der Remote-Synchronisation.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="58"/>
        <source>Start the local tracking server</source>
        <translation>Lokalen Tracking-Server starten</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="59"/>
        <location filename="../views/welcomepage.cpp" line="97"/>
        <source>Let unmodified MLflow code log to this store on 127.0.0.1.</source>
        <translation>Lassen Sie unveränderten MLflow-Code über 127.0.0.1 in diesen Speicher protokollieren.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="66"/>
        <source>Store: %1</source>
        <extracomment>%1 is the store&apos;s directory</extracomment>
        <translation>Speicher: %1</translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message>
        <location filename="../models/importers/artifactfiles.cpp" line="31"/>
        <source>symbolic link not copied (it could point outside the artifacts)</source>
        <translation>symbolischer Link nicht kopiert (er könnte aus den Artefakten hinauszeigen)</translation>
    </message>
    <message>
        <location filename="../models/importers/artifactfiles.cpp" line="37"/>
        <location filename="../models/importers/artifactfiles.cpp" line="48"/>
        <location filename="../models/importers/mlrunsexporter.cpp" line="42"/>
        <location filename="../models/importers/mlrunsexporter.cpp" line="105"/>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../models/importers/artifactfiles.cpp" line="56"/>
        <source>cannot copy: %1</source>
        <translation>kann nicht kopiert werden: %1</translation>
    </message>
    <message>
        <location filename="../models/importers/artifactfiles.cpp" line="70"/>
        <location filename="../models/importers/mlrunsexporter.cpp" line="45"/>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../models/importers/importer.cpp" line="49"/>
        <source>the file or folder does not exist</source>
        <translation>die Datei oder der Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/importers/importer.cpp" line="57"/>
        <source>neither an MLflow mlruns folder nor an MLflow SQLite database</source>
        <translation>weder ein MLflow-mlruns-Ordner noch eine MLflow-SQLite-Datenbank</translation>
    </message>
    <message>
        <location filename="../models/importers/importreport.cpp" line="46"/>
        <source>%1: %2 imported, %3 updated, %4 unchanged, %5 skipped</source>
        <extracomment>%1 is a kind of item (runs, experiments, ...); then counts</extracomment>
        <translation>%1: %2 importiert, %3 aktualisiert, %4 unverändert, %5 übersprungen</translation>
    </message>
    <message>
        <location filename="../models/importers/importreport.cpp" line="53"/>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <location filename="../models/importers/importreport.cpp" line="54"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../models/importers/importreport.cpp" line="55"/>
        <source>Registered models</source>
        <translation>Registrierte Modelle</translation>
    </message>
    <message>
        <location filename="../models/importers/importreport.cpp" line="56"/>
        <source>Model versions</source>
        <translation>Modellversionen</translation>
    </message>
    <message>
        <location filename="../models/importers/importreport.cpp" line="58"/>
        <source>Cancelled: the items above were imported before the cancel.</source>
        <translation>Abgebrochen: Die obigen Elemente wurden vor dem Abbruch importiert.</translation>
    </message>
    <message>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="56"/>
        <source>cannot open the database: %1</source>
        <translation>die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="91"/>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="107"/>
        <source>cannot read the database: %1</source>
        <translation>die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="195"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="203"/>
        <source>not an MLflow database (no experiments and runs tables)</source>
        <translation>keine MLflow-Datenbank (die Tabellen experiments und runs fehlen)</translation>
    </message>
    <message>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="247"/>
        <location filename="../models/importers/mlrunsexporter.cpp" line="121"/>
        <location filename="../models/importers/mlrunsimporter.cpp" line="40"/>
        <source>no experiment named &apos;%1&apos;</source>
        <translation>kein Experiment namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/importers/mlflowdbimporter.cpp" line="328"/>
        <source>unknown run status &apos;%1&apos;</source>
        <translation>unbekannter Laufstatus &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsexporter.cpp" line="101"/>
        <source>the folder is not empty; export into a new folder</source>
        <translation>der Ordner ist nicht leer; exportieren Sie in einen neuen Ordner</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsexporter.cpp" line="213"/>
        <source>param key &apos;%1&apos; cannot be a file name</source>
        <translation>der Parameterschlüssel &apos;%1&apos; kann nicht als Dateiname dienen</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsexporter.cpp" line="218"/>
        <source>tag key &apos;%1&apos; cannot be a file name</source>
        <translation>der Tag-Schlüssel &apos;%1&apos; kann nicht als Dateiname dienen</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsexporter.cpp" line="225"/>
        <source>metric key &apos;%1&apos; cannot be a file name</source>
        <translation>der Metrikschlüssel &apos;%1&apos; kann nicht als Dateiname dienen</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsexporter.cpp" line="280"/>
        <source>the model name cannot be a folder name</source>
        <translation>der Modellname kann nicht als Ordnername dienen</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="38"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="47"/>
        <source>the file is missing</source>
        <translation>die Datei fehlt</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="59"/>
        <source>malformed meta.yaml: not a mapping of keys to values</source>
        <translation>fehlerhafte meta.yaml: keine Zuordnung von Schlüsseln zu Werten</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="75"/>
        <source>malformed meta.yaml: &apos;%1&apos; is missing</source>
        <translation>fehlerhafte meta.yaml: &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="80"/>
        <source>malformed meta.yaml: &apos;%1&apos; is not a value</source>
        <translation>fehlerhafte meta.yaml: &apos;%1&apos; ist kein Einzelwert</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="94"/>
        <source>malformed meta.yaml: &apos;%1&apos; is not a whole number</source>
        <translation>fehlerhafte meta.yaml: &apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="107"/>
        <source>malformed meta.yaml: unknown lifecycle_stage &apos;%1&apos;</source>
        <translation>fehlerhafte meta.yaml: unbekannter lifecycle_stage-Wert &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="181"/>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="275"/>
        <source>malformed meta.yaml: &apos;tags&apos; is not a mapping</source>
        <translation>fehlerhafte meta.yaml: &apos;tags&apos; ist keine Zuordnung von Schlüsseln zu Werten</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="305"/>
        <source>malformed meta.yaml: unknown status &apos;%1&apos;</source>
        <translation>fehlerhafte meta.yaml: unbekannter Status &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="345"/>
        <source>metric line does not parse (expected &quot;timestamp value step&quot;): &apos;%1&apos;</source>
        <translation>Metrikzeile nicht lesbar (erwartet: &quot;timestamp value step&quot;): &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="54"/>
        <location filename="../models/importers/mlrunsreader.cpp" line="369"/>
        <location filename="../models/importers/mlrunsreader.cpp" line="472"/>
        <source>malformed YAML: %1</source>
        <translation>fehlerhaftes YAML: %1</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="421"/>
        <source>malformed meta.yaml: no version number</source>
        <translation>fehlerhafte meta.yaml: keine Versionsnummer</translation>
    </message>
    <message>
        <location filename="../models/importers/mlrunsreader.cpp" line="444"/>
        <source>malformed meta.yaml: unknown current_stage &apos;%1&apos;</source>
        <translation>fehlerhafte meta.yaml: unbekannter current_stage-Wert &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/importers/recordwriter.cpp" line="141"/>
        <source>experiment &apos;%1&apos; not imported: %2</source>
        <translation>Experiment &apos;%1&apos; nicht importiert: %2</translation>
    </message>
    <message>
        <location filename="../models/importers/recordwriter.cpp" line="202"/>
        <source>artifacts could not be copied: %1</source>
        <translation>Artefakte konnten nicht kopiert werden: %1</translation>
    </message>
    <message>
        <location filename="../models/importers/recordwriter.cpp" line="222"/>
        <source>run %1 not imported: %2</source>
        <translation>Lauf %1 nicht importiert: %2</translation>
    </message>
    <message>
        <location filename="../models/importers/recordwriter.cpp" line="266"/>
        <source>version %1 of &apos;%2&apos; not imported: the store already has a version %1 from run &apos;%3&apos;</source>
        <translation>Version %1 von &apos;%2&apos; nicht importiert: Der Speicher enthält bereits eine Version %1 aus dem Lauf &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../models/importers/recordwriter.cpp" line="307"/>
        <source>registered model &apos;%1&apos; not imported: %2</source>
        <translation>registriertes Modell &apos;%1&apos; nicht importiert: %2</translation>
    </message>
</context>
<context>
    <name>ItemModels</name>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="36"/>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="40"/>
        <source>%1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;12.5 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="45"/>
        <source>%1 min %2 s</source>
        <extracomment>A duration: minutes and seconds</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="51"/>
        <source>%1 h %2 min</source>
        <extracomment>A duration: hours and minutes</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="56"/>
        <source>%1 d %2 h</source>
        <extracomment>A duration: days and hours</extracomment>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="70"/>
        <source>1 run</source>
        <extracomment>A count of runs, singular</extracomment>
        <translation>1 Lauf</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/displayformat.cpp" line="72"/>
        <source>%Ln runs</source>
        <extracomment>A count of runs, plural (numerus form)</extracomment>
        <translation>
            <numerusform>%Ln Lauf</numerusform>
            <numerusform>%Ln Läufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="79"/>
        <source>1 experiment</source>
        <extracomment>A count of experiments, singular</extracomment>
        <translation>1 Experiment</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/displayformat.cpp" line="81"/>
        <source>%Ln experiments</source>
        <extracomment>A count of experiments, plural (numerus form)</extracomment>
        <translation>
            <numerusform>%Ln Experiment</numerusform>
            <numerusform>%Ln Experimente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="100"/>
        <source>Running</source>
        <extracomment>Run status</extracomment>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="103"/>
        <source>Scheduled</source>
        <extracomment>Run status</extracomment>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="106"/>
        <source>Finished</source>
        <extracomment>Run status</extracomment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="109"/>
        <source>Failed</source>
        <extracomment>Run status</extracomment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="112"/>
        <source>Killed</source>
        <extracomment>Run status</extracomment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/artifactpreview.cpp" line="111"/>
        <source>This MLmodel file is not valid YAML: %1</source>
        <extracomment>%1 is the YAML parser&apos;s message</extracomment>
        <translation>Diese MLmodel-Datei ist kein gültiges YAML: %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/datasetinputsmodel.cpp" line="56"/>
        <source>%1 (%2)</source>
        <extracomment>One column of a dataset schema: %1 its name, %2 its type, e.g. &quot;age (long)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/datasetinputsmodel.cpp" line="59"/>
        <source>%n column(s): %1</source>
        <extracomment>Summary of a dataset schema: %n the number of columns, %1 the columns</extracomment>
        <translation>
            <numerusform>%n Spalte: %1</numerusform>
            <numerusform>%n Spalten: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/datasetinputsmodel.cpp" line="69"/>
        <source>%1 rows</source>
        <extracomment>Dataset profile: %1 the number of rows</extracomment>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/datasetinputsmodel.cpp" line="74"/>
        <source>%1 elements</source>
        <extracomment>Dataset profile: %1 the number of values (rows times columns)</extracomment>
        <translation>%1 Elemente</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="39"/>
        <source>Expected AND, OR or the end of the filter here.</source>
        <translation>Hier wird AND, OR oder das Ende des Filters erwartet.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="108"/>
        <source>The filter ends where a condition is expected.</source>
        <translation>Der Filter endet, wo eine Bedingung erwartet wird.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="124"/>
        <source>Expected &apos;)&apos; to close the &apos;(&apos; at position %1.</source>
        <translation>&apos;)&apos; erwartet, um die &apos;(&apos; an Position %1 zu schließen.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="141"/>
        <location filename="../models/query/extendedfilterparser.cpp" line="175"/>
        <source>Expected a key such as metrics.loss or params.lr.</source>
        <translation>Schlüssel wie metrics.loss oder params.lr erwartet.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="151"/>
        <source>%1() takes a metric, e.g. %1(metrics.loss).</source>
        <translation>%1() erwartet eine Metrik, z. B. %1(metrics.loss).</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="153"/>
        <source>Expected &apos;)&apos; after the metric.</source>
        <translation>&apos;)&apos; nach der Metrik erwartet.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="203"/>
        <source>@step applies to metrics only.</source>
        <translation>@step gilt nur für Metriken.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="207"/>
        <source>Expected &apos;=&apos; and a step number after @step.</source>
        <translation>Nach @step werden &apos;=&apos; und eine Schrittnummer erwartet.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="214"/>
        <source>Expected a whole step number after @step=.</source>
        <translation>Nach @step= wird eine ganzzahlige Schrittnummer erwartet.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="237"/>
        <source>Expected a comparison after the key.</source>
        <translation>Nach dem Schlüssel wird ein Vergleich erwartet.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="253"/>
        <source>Expected NULL or NOT NULL after IS.</source>
        <translation>Nach IS wird NULL oder NOT NULL erwartet.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="256"/>
        <source>Datasets cannot be compared with NULL.</source>
        <translation>Datensätze können nicht mit NULL verglichen werden.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="258"/>
        <source>Only end_time, start_time and duration can be NULL.</source>
        <translation>Nur end_time, start_time und duration können NULL sein.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="275"/>
        <source>IN takes strings; compare numbers with = or &lt;, &gt;.</source>
        <translation>IN erwartet Zeichenketten; vergleichen Sie Zahlen mit = oder &lt;, &gt;.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="277"/>
        <source>Expected a list such as (&apos;a&apos;, &apos;b&apos;) after IN.</source>
        <translation>Nach IN wird eine Liste wie (&apos;a&apos;, &apos;b&apos;) erwartet.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="282"/>
        <source>Expected a quoted string in the list.</source>
        <translation>In der Liste wird eine Zeichenkette in Anführungszeichen erwartet.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="291"/>
        <source>Expected &apos;,&apos; or &apos;)&apos; in the list.</source>
        <translation>In der Liste wird &apos;,&apos; oder &apos;)&apos; erwartet.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="299"/>
        <source>Expected a comparison such as =, !=, &lt;, &gt;, LIKE, IN or IS NULL.</source>
        <translation>Vergleich wie =, !=, &lt;, &gt;, LIKE, IN oder IS NULL erwartet.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="316"/>
        <source>Unknown comparison &apos;%1&apos;.</source>
        <translation>Unbekannter Vergleich &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="323"/>
        <source>Expected a value after &apos;%1&apos;.</source>
        <translation>Nach &apos;%1&apos; wird ein Wert erwartet.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="328"/>
        <source>LIKE takes a quoted pattern.</source>
        <translation>LIKE erwartet ein Muster in Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="331"/>
        <source>Compare %1 with a quoted string.</source>
        <translation>Vergleichen Sie %1 mit einer Zeichenkette in Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="339"/>
        <source>Compare %1 with a number.</source>
        <translation>Vergleichen Sie %1 mit einer Zahl.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="345"/>
        <source>Strings are compared with =, !=, LIKE or ILIKE; use a number for &lt; and &gt;.</source>
        <translation>Zeichenketten werden mit =, !=, LIKE oder ILIKE verglichen; verwenden Sie für &lt; und &gt; eine Zahl.</translation>
    </message>
    <message>
        <location filename="../models/query/extendedfilterparser.cpp" line="350"/>
        <source>Expected a number or a quoted string.</source>
        <translation>Zahl oder Zeichenkette in Anführungszeichen erwartet.</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <location filename="../models/server/authenticator.cpp" line="20"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/server/authenticator.cpp" line="43"/>
        <source>%1, line %2: expected user:password</source>
        <translation>%1, Zeile %2: user:password erwartet</translation>
    </message>
    <message>
        <location filename="../models/server/authenticator.cpp" line="50"/>
        <source>%1 names no user (expected user:password lines)</source>
        <translation>%1 enthält keinen Benutzer (erwartet werden Zeilen der Form user:password)</translation>
    </message>
    <message>
        <location filename="../models/server/authenticator.cpp" line="64"/>
        <source>%1 is empty: it must hold the token</source>
        <translation>%1 ist leer: Die Datei muss das Token enthalten</translation>
    </message>
    <message>
        <location filename="../models/server/trackingserver.cpp" line="52"/>
        <source>Cannot open the store: %1</source>
        <translation>Der Speicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/server/trackingserver.cpp" line="61"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
</context>
</TS>
