/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.orrery.model.Datastore;
import org.orrery.model.Disk;
import org.orrery.model.DiskFormat;
import org.orrery.model.Image;
import org.orrery.model.OrreryPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Disk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.DiskImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.orrery.model.impl.DiskImpl#getSizeGB <em>Size GB</em>}</li>
 *   <li>{@link org.orrery.model.impl.DiskImpl#getDatastore <em>Datastore</em>}</li>
 *   <li>{@link org.orrery.model.impl.DiskImpl#getBackingImage <em>Backing Image</em>}</li>
 *   <li>{@link org.orrery.model.impl.DiskImpl#getBackingDisk <em>Backing Disk</em>}</li>
 *   <li>{@link org.orrery.model.impl.DiskImpl#isReadOnly <em>Read Only</em>}</li>
 *   <li>{@link org.orrery.model.impl.DiskImpl#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiskImpl extends NamedElementImpl implements Disk {
	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final DiskFormat FORMAT_EDEFAULT = DiskFormat.QCOW2;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected DiskFormat format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSizeGB() <em>Size GB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeGB()
	 * @generated
	 * @ordered
	 */
	protected static final double SIZE_GB_EDEFAULT = 4.0;

	/**
	 * The cached value of the '{@link #getSizeGB() <em>Size GB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeGB()
	 * @generated
	 * @ordered
	 */
	protected double sizeGB = SIZE_GB_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDatastore() <em>Datastore</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatastore()
	 * @generated
	 * @ordered
	 */
	protected Datastore datastore;

	/**
	 * The cached value of the '{@link #getBackingImage() <em>Backing Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackingImage()
	 * @generated
	 * @ordered
	 */
	protected Image backingImage;

	/**
	 * The cached value of the '{@link #getBackingDisk() <em>Backing Disk</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackingDisk()
	 * @generated
	 * @ordered
	 */
	protected Disk backingDisk;

	/**
	 * The default value of the '{@link #isReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReadOnly()
	 * @generated
	 * @ordered
	 */
	protected static final boolean READ_ONLY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReadOnly()
	 * @generated
	 * @ordered
	 */
	protected boolean readOnly = READ_ONLY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected String target = TARGET_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.DISK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiskFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(DiskFormat newFormat) {
		DiskFormat oldFormat = format;
		format = newFormat == null ? FORMAT_EDEFAULT : newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.DISK__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSizeGB() {
		return sizeGB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSizeGB(double newSizeGB) {
		double oldSizeGB = sizeGB;
		sizeGB = newSizeGB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.DISK__SIZE_GB, oldSizeGB, sizeGB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Datastore getDatastore() {
		if (datastore != null && datastore.eIsProxy()) {
			InternalEObject oldDatastore = (InternalEObject)datastore;
			datastore = (Datastore)eResolveProxy(oldDatastore);
			if (datastore != oldDatastore) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.DISK__DATASTORE, oldDatastore, datastore));
			}
		}
		return datastore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Datastore basicGetDatastore() {
		return datastore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDatastore(Datastore newDatastore) {
		Datastore oldDatastore = datastore;
		datastore = newDatastore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.DISK__DATASTORE, oldDatastore, datastore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Image getBackingImage() {
		if (backingImage != null && backingImage.eIsProxy()) {
			InternalEObject oldBackingImage = (InternalEObject)backingImage;
			backingImage = (Image)eResolveProxy(oldBackingImage);
			if (backingImage != oldBackingImage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.DISK__BACKING_IMAGE, oldBackingImage, backingImage));
			}
		}
		return backingImage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Image basicGetBackingImage() {
		return backingImage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackingImage(Image newBackingImage) {
		Image oldBackingImage = backingImage;
		backingImage = newBackingImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.DISK__BACKING_IMAGE, oldBackingImage, backingImage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Disk getBackingDisk() {
		if (backingDisk != null && backingDisk.eIsProxy()) {
			InternalEObject oldBackingDisk = (InternalEObject)backingDisk;
			backingDisk = (Disk)eResolveProxy(oldBackingDisk);
			if (backingDisk != oldBackingDisk) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.DISK__BACKING_DISK, oldBackingDisk, backingDisk));
			}
		}
		return backingDisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Disk basicGetBackingDisk() {
		return backingDisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackingDisk(Disk newBackingDisk) {
		Disk oldBackingDisk = backingDisk;
		backingDisk = newBackingDisk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.DISK__BACKING_DISK, oldBackingDisk, backingDisk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReadOnly() {
		return readOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadOnly(boolean newReadOnly) {
		boolean oldReadOnly = readOnly;
		readOnly = newReadOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.DISK__READ_ONLY, oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(String newTarget) {
		String oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.DISK__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.DISK__FORMAT:
				return getFormat();
			case OrreryPackage.DISK__SIZE_GB:
				return getSizeGB();
			case OrreryPackage.DISK__DATASTORE:
				if (resolve) return getDatastore();
				return basicGetDatastore();
			case OrreryPackage.DISK__BACKING_IMAGE:
				if (resolve) return getBackingImage();
				return basicGetBackingImage();
			case OrreryPackage.DISK__BACKING_DISK:
				if (resolve) return getBackingDisk();
				return basicGetBackingDisk();
			case OrreryPackage.DISK__READ_ONLY:
				return isReadOnly();
			case OrreryPackage.DISK__TARGET:
				return getTarget();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrreryPackage.DISK__FORMAT:
				setFormat((DiskFormat)newValue);
				return;
			case OrreryPackage.DISK__SIZE_GB:
				setSizeGB((Double)newValue);
				return;
			case OrreryPackage.DISK__DATASTORE:
				setDatastore((Datastore)newValue);
				return;
			case OrreryPackage.DISK__BACKING_IMAGE:
				setBackingImage((Image)newValue);
				return;
			case OrreryPackage.DISK__BACKING_DISK:
				setBackingDisk((Disk)newValue);
				return;
			case OrreryPackage.DISK__READ_ONLY:
				setReadOnly((Boolean)newValue);
				return;
			case OrreryPackage.DISK__TARGET:
				setTarget((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OrreryPackage.DISK__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case OrreryPackage.DISK__SIZE_GB:
				setSizeGB(SIZE_GB_EDEFAULT);
				return;
			case OrreryPackage.DISK__DATASTORE:
				setDatastore((Datastore)null);
				return;
			case OrreryPackage.DISK__BACKING_IMAGE:
				setBackingImage((Image)null);
				return;
			case OrreryPackage.DISK__BACKING_DISK:
				setBackingDisk((Disk)null);
				return;
			case OrreryPackage.DISK__READ_ONLY:
				setReadOnly(READ_ONLY_EDEFAULT);
				return;
			case OrreryPackage.DISK__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OrreryPackage.DISK__FORMAT:
				return format != FORMAT_EDEFAULT;
			case OrreryPackage.DISK__SIZE_GB:
				return sizeGB != SIZE_GB_EDEFAULT;
			case OrreryPackage.DISK__DATASTORE:
				return datastore != null;
			case OrreryPackage.DISK__BACKING_IMAGE:
				return backingImage != null;
			case OrreryPackage.DISK__BACKING_DISK:
				return backingDisk != null;
			case OrreryPackage.DISK__READ_ONLY:
				return readOnly != READ_ONLY_EDEFAULT;
			case OrreryPackage.DISK__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (format: ");
		result.append(format);
		result.append(", sizeGB: ");
		result.append(sizeGB);
		result.append(", readOnly: ");
		result.append(readOnly);
		result.append(", target: ");
		result.append(target);
		result.append(')');
		return result.toString();
	}

} //DiskImpl
