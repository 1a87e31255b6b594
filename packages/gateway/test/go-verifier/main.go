// Command go-verifier checks the gateway's transparency log with implementations that share
// no code with it: the checkpoint's signed note with golang.org/x/mod/sumdb/note, inclusion
// and consistency proofs with github.com/transparency-dev/merkle (RFC 6962/9162 hashing).
//
// Usage: go run . <input.json>; exit 0 when everything verifies, 1 with the reason otherwise.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/transparency-dev/merkle/proof"
	"github.com/transparency-dev/merkle/rfc6962"
	"golang.org/x/mod/sumdb/note"
)

// Input is what the vitest test writes from a running gateway.
type Input struct {
	VerifierKey string `json:"verifierKey"`
	Origin      string `json:"origin"`
	// Older and Newer are checkpoints (signed notes); Consistency proves Older is a prefix of Newer.
	Older       string   `json:"older"`
	Newer       string   `json:"newer"`
	Consistency []string `json:"consistency"`
	// Entries are receipt log entries proven against Newer.
	Entries []Entry `json:"entries"`
}

// Entry is one log leaf with its inclusion proof.
type Entry struct {
	Index uint64   `json:"index"`
	Leaf  string   `json:"leaf"`
	Proof []string `json:"proof"`
}

// Checkpoint is the body of a C2SP tlog-checkpoint.
type Checkpoint struct {
	Origin string
	Size   uint64
	Root   []byte
}

func openCheckpoint(text string, verifier note.Verifier, origin string) (Checkpoint, error) {
	n, err := note.Open([]byte(text), note.VerifierList(verifier))
	if err != nil {
		return Checkpoint{}, fmt.Errorf("signed note: %w", err)
	}
	lines := strings.Split(strings.TrimSuffix(n.Text, "\n"), "\n")
	if len(lines) < 3 {
		return Checkpoint{}, errors.New("checkpoint body has fewer than three lines")
	}
	if lines[0] != origin {
		return Checkpoint{}, fmt.Errorf("origin %q, want %q", lines[0], origin)
	}
	size, err := strconv.ParseUint(lines[1], 10, 64)
	if err != nil {
		return Checkpoint{}, fmt.Errorf("tree size: %w", err)
	}
	root, err := base64.StdEncoding.DecodeString(lines[2])
	if err != nil || len(root) != 32 {
		return Checkpoint{}, errors.New("root hash is not 32 bytes of base64")
	}
	return Checkpoint{Origin: lines[0], Size: size, Root: root}, nil
}

func hashes(hexes []string) ([][]byte, error) {
	out := make([][]byte, 0, len(hexes))
	for _, h := range hexes {
		b, err := hex.DecodeString(h)
		if err != nil || len(b) != 32 {
			return nil, fmt.Errorf("%q is not a hex SHA-256 hash", h)
		}
		out = append(out, b)
	}
	return out, nil
}

func run(in Input) error {
	verifier, err := note.NewVerifier(in.VerifierKey)
	if err != nil {
		return fmt.Errorf("verifier key: %w", err)
	}
	newer, err := openCheckpoint(in.Newer, verifier, in.Origin)
	if err != nil {
		return fmt.Errorf("newer checkpoint: %w", err)
	}
	if in.Older != "" {
		older, err := openCheckpoint(in.Older, verifier, in.Origin)
		if err != nil {
			return fmt.Errorf("older checkpoint: %w", err)
		}
		p, err := hashes(in.Consistency)
		if err != nil {
			return err
		}
		if older.Size == newer.Size {
			if !bytes.Equal(older.Root, newer.Root) {
				return errors.New("two checkpoints of one size with different roots")
			}
		} else if err := proof.VerifyConsistency(rfc6962.DefaultHasher, older.Size, newer.Size, p, older.Root, newer.Root); err != nil {
			return fmt.Errorf("consistency %d -> %d: %w", older.Size, newer.Size, err)
		}
	}
	for _, e := range in.Entries {
		p, err := hashes(e.Proof)
		if err != nil {
			return err
		}
		leaf := rfc6962.DefaultHasher.HashLeaf([]byte(e.Leaf))
		if err := proof.VerifyInclusion(rfc6962.DefaultHasher, e.Index, newer.Size, leaf, p, newer.Root); err != nil {
			return fmt.Errorf("inclusion of entry %d in %d: %w", e.Index, newer.Size, err)
		}
	}
	fmt.Printf("verified: checkpoint %s size %d, %d entries included", newer.Origin, newer.Size, len(in.Entries))
	if in.Older != "" {
		fmt.Printf(", consistent with the older checkpoint")
	}
	fmt.Println()
	return nil
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go-verifier <input.json>")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var in Input
	if err := json.Unmarshal(data, &in); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if err := run(in); err != nil {
		fmt.Fprintln(os.Stderr, "not verified:", err)
		os.Exit(1)
	}
}
