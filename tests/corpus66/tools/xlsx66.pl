#!/usr/bin/perl
# The 财政 data centre's report batch "导出Excel" (Excel::Writer::XLSX, Debian libexcel-writer-xlsx-perl 1.10):
# ONE sheet per document from the staged sheet (a JSON file: rows with null for a NULL cell, merged ranges).
# usage: perl xlsx66.pl stage.json out.xlsx
use strict; use warnings; use utf8;
use JSON::PP;
use Excel::Writer::XLSX;
my ($in, $out) = @ARGV;
open my $fh, '<:raw', $in or die $!; local $/; my $st = JSON::PP->new->utf8->decode(<$fh>); close $fh;
my $wb = Excel::Writer::XLSX->new($out) or die;
$wb->set_properties(title => $st->{title}, author => '示例县财政局', company => '示例县财政局',
                    created => [0, 0, 10, 18, 2, 125]);   # 2025-03-18 10:00 (localtime list: sec min hour mday mon year-1900)
my $ws = $wb->add_worksheet('绩效目标表');
my $title = $wb->add_format(bold => 1, size => 14, align => 'center', valign => 'vcenter', font => '宋体');
my $cell  = $wb->add_format(border => 1, text_wrap => 1, valign => 'vcenter', font => '宋体', size => 10);
my $head  = $wb->add_format(border => 1, text_wrap => 1, valign => 'vcenter', align => 'center', bold => 1, font => '宋体', size => 10);
my %in_merge; my %merge_at;
for my $m (@{$st->{merges}}) {
    my ($r0, $c0, $r1, $c1) = @$m;
    $merge_at{"$r0,$c0"} = $m;
    for my $r ($r0 .. $r1) { for my $c ($c0 .. $c1) { $in_merge{"$r,$c"} = 1 unless $r == $r0 && $c == $c0; } }
}
my %head_rows = map { $_ => 1 } @{$st->{head_rows}};
my @rows = @{$st->{rows}};
for my $r (0 .. $#rows) {
    my $f = $r == 0 ? $title : ($head_rows{$r} ? $head : $cell);
    my @cells = @{$rows[$r]};
    for my $c (0 .. $#cells) {
        next if $in_merge{"$r,$c"};
        my $v = $cells[$c];
        if (my $m = $merge_at{"$r,$c"}) {
            # merge_range() would write() the value, which stores number-like text (96.40) as a number:
            # the batch writes every merged value as a string (an empty one as a blank)
            if (defined $v && $v ne '') { $ws->merge_range_type('string', @$m, $v, $f); }
            else { $ws->merge_range_type('blank', @$m, $f); }
        } elsif (defined $v && $v ne '') {
            $ws->write_string($r, $c, $v, $f);
        } elsif (defined $v) {
            $ws->write_blank($r, $c, $f);
        }
    }
}
$ws->set_column(0, 0, 14); $ws->set_column(1, 1, 16); $ws->set_column(2, 2, 28);
$ws->set_column(3, $st->{W} - 1, 16);
$ws->set_landscape() if $st->{landscape};
$ws->set_paper(9);
$wb->close or die;
