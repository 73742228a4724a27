//! The files panel's words: save, export, open, share and print.
//! The screen is in the panels program, so these are not in the workspace's program.

use super::Lang;

strings! {
    enum FP;
    FilesTitle => "Files, sharing and printing", "Bestanden, delen en afdrukken";
    SaveCopyHeading => "Save a copy", "Een kopie bewaren";
    ExportLibrary => "Export all my journeys (JSON)", "Al mijn klantreizen exporteren (JSON)";
    ExportCsv => "Export the table (CSV)", "Tabel exporteren (CSV)";
    CsvSeparator => "CSV separator", "Scheidingsteken voor CSV";
    CsvComma => "Comma (,)", "Komma (,)";
    CsvSemicolon => "Semicolon (;), for Excel with Dutch settings", "Puntkomma (;), voor Excel met Nederlandse instellingen";
    ExportMermaid => "Export as Mermaid diagram", "Exporteren als Mermaid-diagram";
    MermaidActor => "Customer", "Klant";
    ExportAnalysis => "Export the analysis (JSON)", "Analyse exporteren (JSON)";
    ExportPng => "Chart as picture (PNG)", "Grafiek als afbeelding (PNG)";
    ExportSvg => "Chart as drawing (SVG)", "Grafiek als tekening (SVG)";
    NothingToAnalyse => "Add touchpoints to export an analysis or a chart.", "Voeg contactmomenten toe om een analyse of grafiek te exporteren.";
    OpenFilesHeading => "Open files", "Bestanden openen";
    ImportChoose => "Import files (JSON, CSV or Mermaid)", "Bestanden importeren (JSON, CSV of Mermaid)";
    ImportHint => "You can also drop files anywhere on the page. Every imported journey is added to your journeys; nothing is replaced.",
        "Je kunt bestanden ook naar deze pagina slepen. Elke geïmporteerde klantreis wordt aan je klantreizen toegevoegd; er wordt niets vervangen.";
    ImportTheRest => "Import the rest", "De rest importeren";
    Cancel => "Cancel", "Annuleren";
    ImportNotes => "Good to know:", "Goed om te weten:";
    ShareHeading => "Share", "Delen";
    PrintReport => "Print report", "Rapport afdrukken";
    PrintHint => "A4 landscape: chart, scores, what to fix first and all touchpoints. Choose “Save as PDF” to get a file.",
        "A4 liggend: grafiek, scores, wat eerst verbeteren en alle contactmomenten. Kies ‘Opslaan als PDF’ voor een bestand.";
    ExportWithoutStories => "Export without the stories (JSON)", "Exporteren zonder de verhalen (JSON)";
}
