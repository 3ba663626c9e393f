//! pressdesk: a keyboard-driven desk for a small press office.

pub mod alerts;
pub mod app;
pub mod audit_words;
pub mod cli;
pub mod clock;
pub mod config;
pub mod demo;
pub mod domain;
pub mod files;
pub mod fixtures;
pub mod format;
pub mod i18n;
pub mod intake;
pub mod interop;
pub mod labels;
pub mod memory;
pub mod opener;
pub mod paths;
pub mod progress;
pub mod runtime;
pub mod search;
pub mod settings;
pub mod store;
pub mod text;
pub mod tui;
pub mod ui;
