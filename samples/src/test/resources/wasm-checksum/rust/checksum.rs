//! FNV-1a checksums for a Cloudflare Worker, compiled to WebAssembly without the standard
//! library (the machine that built it had no wasm32 target installed, so the crate brings the
//! few language items it needs itself). Build:
//!   rustc +nightly --target wasm32-unknown-unknown --crate-type cdylib -C panic=abort \
//!     -C opt-level=2 -C strip=symbols checksum.rs -o checksum.wasm
//!
//! The worker writes bytes into `input()` (in the exported `memory`), calls `fnv1a(len)`, and
//! is told of each 1 KiB block through the imported JavaScript function `env.progress`.
#![feature(no_core, lang_items)]
#![no_core]
#![allow(internal_features)]

#[lang = "pointee_sized"] pub trait PointeeSized {}
#[lang = "meta_sized"] pub trait MetaSized: PointeeSized {}
#[lang = "sized"] pub trait Sized: MetaSized {}
#[lang = "copy"] pub trait Copy {}
#[lang = "legacy_receiver"] pub trait LegacyReceiver: PointeeSized {}
impl<T: PointeeSized> LegacyReceiver for &T {}
#[lang = "drop_glue"] fn drop_glue<T: PointeeSized>(_: *mut T) {}
impl Copy for u32 {}
impl Copy for usize {}
impl Copy for u8 {}

#[lang = "add"] pub trait Add<Rhs = Self> { type Output; fn add(self, rhs: Rhs) -> Self::Output; }
impl Add for usize { type Output = usize; fn add(self, rhs: usize) -> usize { self + rhs } }
#[lang = "mul"] pub trait Mul<Rhs = Self> { type Output; fn mul(self, rhs: Rhs) -> Self::Output; }
impl Mul for u32 { type Output = u32; fn mul(self, rhs: u32) -> u32 { self * rhs } }
#[lang = "bitxor"] pub trait BitXor<Rhs = Self> { type Output; fn bitxor(self, rhs: Rhs) -> Self::Output; }
impl BitXor for u32 { type Output = u32; fn bitxor(self, rhs: u32) -> u32 { self ^ rhs } }
#[lang = "bitand"] pub trait BitAnd<Rhs = Self> { type Output; fn bitand(self, rhs: Rhs) -> Self::Output; }
impl BitAnd for usize { type Output = usize; fn bitand(self, rhs: usize) -> usize { self & rhs } }
#[lang = "eq"] pub trait PartialEq<Rhs: PointeeSized = Self>: PointeeSized { fn eq(&self, other: &Rhs) -> bool; fn ne(&self, other: &Rhs) -> bool; }
impl PartialEq for usize { fn eq(&self, other: &usize) -> bool { *self == *other } fn ne(&self, other: &usize) -> bool { *self != *other } }
#[lang = "partial_ord"] pub trait PartialOrd<Rhs: PointeeSized = Self>: PartialEq<Rhs> + PointeeSized {
  fn lt(&self, other: &Rhs) -> bool; fn le(&self, other: &Rhs) -> bool; fn gt(&self, other: &Rhs) -> bool; fn ge(&self, other: &Rhs) -> bool;
}
impl PartialOrd for usize {
  fn lt(&self, other: &usize) -> bool { *self < *other } fn le(&self, other: &usize) -> bool { *self <= *other }
  fn gt(&self, other: &usize) -> bool { *self > *other } fn ge(&self, other: &usize) -> bool { *self >= *other }
}

const CAPACITY: usize = 65536;
static mut INPUT: [u8; CAPACITY] = [0; CAPACITY];

#[link(wasm_import_module = "env")]
extern "C" {
    /// Called after every 1 KiB block with the number of bytes hashed so far.
    fn progress(done: usize);
}

/// Where the worker writes the bytes to hash (at most `capacity()` of them).
#[no_mangle]
pub extern "C" fn input() -> *mut u8 {
    &raw mut INPUT as *mut u8
}

/// How many bytes `input()` holds.
#[no_mangle]
pub extern "C" fn capacity() -> usize {
    CAPACITY
}

/// The 32-bit FNV-1a hash of the first `len` bytes of `input()`.
#[no_mangle]
pub extern "C" fn fnv1a(len: usize) -> u32 {
    let base = input() as usize;
    let mut hash: u32 = 0x811c9dc5;
    let mut i: usize = 0;
    while i < len {
        let byte = unsafe { *((base + i) as *const u8) };
        hash = (hash ^ (byte as u32)) * 0x01000193;
        i = i + 1;
        if (i & 1023) == 0 {
            unsafe { progress(i) };
        }
    }
    hash
}
