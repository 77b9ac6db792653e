// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "../unit/importtestsupport.h"

#include "views/dialogs/importdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using namespace ImportTestSupport;

class tst_ImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importsAndShowsTheSummary();
    void showsSkippedItemsWithTheirReasons();
    void cancelStopsTheImport();
    void closingWhileImportingCancels();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_mlruns;
    QString m_store;
};

void tst_ImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_mlruns = m_dir->filePath(u"mlruns"_s);
    QVERIFY(
        copyTree(QStringLiteral(FLOWDESK_TEST_DATA_DIR) + u"/mlruns-sample/mlruns"_s, m_mlruns));
    m_store = m_dir->filePath(u"store"_s);
}

void tst_ImportDialog::cleanup()
{
    m_dir.reset();
}

void tst_ImportDialog::importsAndShowsTheSummary()
{
    ImportDialog dialog(m_mlruns, m_store, Importers::ArtifactMode::Copy);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.show();
    dialog.start();
    QVERIFY(dialog.isRunning() || dialog.isFinished());
    QVERIFY(finished.wait(60000));
    QVERIFY(dialog.isFinished());
    QCOMPARE(dialog.report().runs.imported, 9);
    auto *summary = dialog.findChild<QPlainTextEdit *>(u"summary"_s);
    QVERIFY(summary && summary->isVisible());
    QVERIFY(
        summary->toPlainText().contains(u"Runs: 9 imported, 0 updated, 0 unchanged, 0 skipped"_s));
    auto *progress = dialog.findChild<QProgressBar *>();
    QCOMPARE(progress->value(), progress->maximum());
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(QFileInfo(m_store + u"/flowdesk.db"_s).isFile());
}

void tst_ImportDialog::showsSkippedItemsWithTheirReasons()
{
    const QString meta = m_mlruns + u"/693453949197065660/meta.yaml"_s;
    QVERIFY(writeFile(meta, "{broken\n"));
    ImportDialog dialog(m_mlruns, m_store, Importers::ArtifactMode::Copy);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.start();
    QVERIFY(finished.wait(60000));
    const QString text = dialog.findChild<QPlainTextEdit *>(u"summary"_s)->toPlainText();
    QVERIFY2(text.contains(meta + u": "_s), qPrintable(text));
    QVERIFY(text.contains(u"Runs: 6 imported"_s));
}

void tst_ImportDialog::cancelStopsTheImport()
{
    ImportDialog dialog(m_mlruns, m_store, Importers::ArtifactMode::Copy);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    // Cancelled before the first item: the import stops there, deterministically.
    dialog.cancel();
    auto *cancel = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    QVERIFY(!cancel->isEnabled());
    dialog.start();
    QVERIFY(finished.wait(60000));
    QVERIFY(dialog.report().cancelled);
    QCOMPARE(dialog.report().runs.imported, 0);
    QVERIFY(
        dialog.findChild<QPlainTextEdit *>(u"summary"_s)->toPlainText().contains(u"Cancelled"_s));
}

void tst_ImportDialog::closingWhileImportingCancels()
{
    auto dialog = std::make_unique<ImportDialog>(m_mlruns, m_store, Importers::ArtifactMode::Copy);
    QSignalSpy finished(dialog.get(), &ImportDialog::importFinished);
    QSignalSpy rejected(dialog.get(), &QDialog::rejected);
    dialog->show();
    dialog->start();
    dialog->reject(); // Escape or the window's close button
    // The dialog stays until the worker stopped, then closes by itself.
    QVERIFY(finished.wait(60000));
    QTRY_COMPARE(rejected.size(), 1);
    QVERIFY(!dialog->isVisible());
    dialog.reset();
    QVERIFY(QFileInfo(m_store + u"/flowdesk.db"_s).isFile());
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
