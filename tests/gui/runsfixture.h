// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/itemmodels/runtablemodel.h"
#include "models/itemmodels/storereader.h"
#include "models/store/database.h"
#include "models/store/storelocation.h"
#include "models/store/trackingstore.h"
#include "views/experimentsidebar.h"
#include "views/mainwindow.h"
#include "views/uisettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// The store and window of the runs-explorer GUI tests: experiment "churn" with four finished
/// runs (tree-a, tree-b, linear-c, forest-d: params model and lr, metrics rmse and "val loss",
/// tag team), a minute apart. Test classes inherit it next to QObject and call setUpRuns() in
/// init() and tearDownRuns() in cleanup().
class RunsFixture
{
protected:
    void setUpRuns()
    {
        using namespace Qt::Literals::StringLiterals;
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_location = std::make_unique<Flowdesk::Store::StoreLocation>(m_dir->filePath(u"store"_s));
        m_location->ensureExists();
        m_database = Flowdesk::Store::Database::open(m_location->databasePath());
        Flowdesk::Store::TrackingStore store(*m_database);
        m_experiment = store.createExperiment(u"churn"_s);

        struct Spec
        {
            QString name;
            QString model;
            QString lr;
            double rmse;
        };

        const QList<Spec> specs = {{u"tree-a"_s, u"tree"_s, u"0.01"_s, 0.5},
                                   {u"tree-b"_s, u"tree"_s, u"0.1"_s, 1.5},
                                   {u"linear-c"_s, u"linear"_s, u"0.01"_s, 0.8},
                                   {u"forest-d"_s, u"forest"_s, u"0.3"_s, 2.5}};
        qint64 start = 1'700'000'000'000;
        for (const Spec &spec : specs) {
            Flowdesk::Store::RunCreation creation;
            creation.experimentId = m_experiment;
            creation.runName = spec.name;
            creation.userId = u"alice"_s;
            creation.startTime = (start += 60'000);
            const QString runId = store.createRun(creation).info.runId;
            store.logBatch(runId,
                           {{u"rmse"_s, spec.rmse, start + 10, 0}, {u"val loss"_s, 1.0, start, 0}},
                           {{u"model"_s, spec.model}, {u"lr"_s, spec.lr}},
                           {{u"team"_s, u"growth"_s}});
            store.updateRun(runId, Flowdesk::Store::RunStatus::Finished, start + 5000);
        }
    }

    void tearDownRuns()
    {
        m_window.reset();
        m_settings.reset();
        m_reader.reset();
        m_database.reset();
        m_location.reset();
        m_dir.reset();
    }

    /// A new main window on the store (settings in the temporary folder), showing "churn".
    Flowdesk::Views::MainWindow *showWindow()
    {
        using namespace Qt::Literals::StringLiterals;
        if (!m_reader) {
            m_reader =
                std::make_unique<Flowdesk::ItemModels::StoreReader>(m_location->databasePath());
        }
        m_settings = std::make_unique<Flowdesk::Views::UiSettings>(
            std::make_unique<QSettings>(m_dir->filePath(u"ui.ini"_s), QSettings::IniFormat));
        m_window = std::make_unique<Flowdesk::Views::MainWindow>(
            m_location->directory(), m_reader.get(), m_settings.get());
        m_window->show();
        [&] {
            QTRY_VERIFY(m_window->sidebar()->selectExperiment(m_experiment));
            QTRY_COMPARE(m_window->runModel()->rowCount(), 4);
        }();
        return m_window.get();
    }

    /// The names of the runs in the table, sorted and joined by commas.
    QString appliedTableNames() const
    {
        QStringList names;
        const Flowdesk::ItemModels::RunTableModel *model = m_window->runModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            names.append(model->index(row, Flowdesk::ItemModels::RunTableModel::NameColumn)
                             .data()
                             .toString());
        }
        names.sort();
        return names.join(u',');
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Flowdesk::Store::StoreLocation> m_location;
    std::unique_ptr<Flowdesk::Store::Database> m_database;
    std::unique_ptr<Flowdesk::ItemModels::StoreReader> m_reader;
    std::unique_ptr<Flowdesk::Views::UiSettings> m_settings;
    std::unique_ptr<Flowdesk::Views::MainWindow> m_window;
    qint64 m_experiment = -1;
};
